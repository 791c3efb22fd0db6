# The app instances behind Varnish, for scripts/cluster/midad.vcl: one `backend` per instance
# with a health probe, a round-robin director named `app`, and midad_pick_untried (a retry
# goes to a healthy instance the request has not tried yet). scripts/cluster.mjs writes the
# same for its loopback instances (backendsVcl()).
backend app1 {
  .host = "10.0.0.11";
  .port = "3000";
  .connect_timeout = 1s;
  .first_byte_timeout = 30s;
  .probe = { .url = "/api/health"; .interval = 1s; .timeout = 3s; .window = 5; .threshold = 3; }
}
backend app2 {
  .host = "10.0.0.12";
  .port = "3000";
  .connect_timeout = 1s;
  .first_byte_timeout = 30s;
  .probe = { .url = "/api/health"; .interval = 1s; .timeout = 3s; .window = 5; .threshold = 3; }
}
sub vcl_init {
  new app = directors.round_robin();
  app.add_backend(app1);
  app.add_backend(app2);
}
sub midad_pick_untried {
  if (bereq.http.x-midad-tried !~ "(^| )app1( |$)" && std.healthy(app1)) {
    set bereq.backend = app1;
  } elsif (bereq.http.x-midad-tried !~ "(^| )app2( |$)" && std.healthy(app2)) {
    set bereq.backend = app2;
  }
}
