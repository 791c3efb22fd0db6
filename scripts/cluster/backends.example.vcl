# The app instances behind Varnish, for scripts/cluster/midad.vcl. One `backend` per
# instance, each with a health probe, and a round-robin director named `app`.
backend app1 {
  .host = "10.0.0.11";
  .port = "3000";
  .connect_timeout = 1s;
  .first_byte_timeout = 30s;
  .probe = { .url = "/api/health"; .interval = 1s; .timeout = 1s; .window = 3; .threshold = 2; }
}
backend app2 {
  .host = "10.0.0.12";
  .port = "3000";
  .connect_timeout = 1s;
  .first_byte_timeout = 30s;
  .probe = { .url = "/api/health"; .interval = 1s; .timeout = 1s; .window = 3; .threshold = 2; }
}
sub vcl_init {
  new app = directors.round_robin();
  app.add_backend(app1);
  app.add_backend(app2);
}
