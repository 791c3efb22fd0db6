# Varnish in front of Midad's app instances (decision 101). Varnish 7.1 with varnish-modules
# (Debian: varnish, varnish-modules). The backends and the director named `app` come from
# backends.vcl beside this file (see backends.example.vcl; `npm run cluster` writes one).
vcl 4.1;

import std;
import xkey;
import directors;

include "backends.vcl";

# Who may purge: the app instances. Widen it to the instances' addresses in production.
acl purgers {
  "127.0.0.1";
  "::1";
}

sub vcl_recv {
  if (req.method == "PURGE") {
    if (client.ip !~ purgers) {
      return (synth(403, "Forbidden"));
    }
    # Surrogate keys separated by spaces (scripts/cluster-bus.mjs decides which).
    if (!req.http.xkey-purge) {
      return (synth(400, "xkey-purge header required"));
    }
    set req.http.n-gone = xkey.purge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.n-gone));
  }

  set req.backend_hint = app.backend();

  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # The newsroom, sign-in, APIs and health checks are never cached here.
  if (req.url ~ "^/(admin|api|login|logout|forgot|reset|invite|search)(/|\?|$)") {
    return (pass);
  }
  # A staff session (Auth.js cookie) sees pages as staff: straight to the app.
  if (req.http.Cookie ~ "(^|;\s*)(__Secure-)?authjs\.session-token=") {
    return (pass);
  }
  # Reader pages read no cookie; dropping them lets every reader share one copy.
  unset req.http.Cookie;

  # Tracking parameters never make another copy of a page.
  if (req.url ~ "[?&](utm_[a-z_]+|fbclid|gclid|mc_[a-z]+)=") {
    set req.url = regsuball(req.url, "([?&])(utm_[a-z_]+|fbclid|gclid|mc_[a-z]+)=[^&#]*&?", "\1");
    set req.url = regsub(req.url, "[?&]+$", "");
  }
  # Pictures vary by Accept (AVIF, WebP or the original's kind: decision 188). Browsers send many
  # different Accept strings; fold them into the three answers, so each picture is stored at most
  # three times rather than once per browser version.
  if (req.url ~ "^/media/") {
    if (req.http.Accept ~ "image/avif") {
      set req.http.Accept = "image/avif";
    } elsif (req.http.Accept ~ "image/webp") {
      set req.http.Accept = "image/webp";
    } else {
      set req.http.Accept = "*/*";
    }
  }
  # One stored copy per encoding Varnish itself can produce (it gzips and gunzips).
  if (req.http.Accept-Encoding) {
    if (req.http.Accept-Encoding ~ "gzip") {
      set req.http.Accept-Encoding = "gzip";
    } else {
      unset req.http.Accept-Encoding;
    }
  }
  return (hash);
}

sub vcl_backend_fetch {
  # Varnish compresses for readers; the app sends it plain.
  unset bereq.http.Accept-Encoding;
  # A retry goes to a healthy instance this request has not tried yet (backends.vcl), so a
  # request that met a dying instance is never sent back to it while another one lives.
  if (bereq.retries > 0) {
    call midad_pick_untried;
  }
}

# Which instances this backend request already tried (read by midad_pick_untried).
sub midad_note_tried {
  if (bereq.http.x-midad-tried) {
    set bereq.http.x-midad-tried = bereq.http.x-midad-tried + " " + beresp.backend.name;
  } else {
    set bereq.http.x-midad-tried = beresp.backend.name;
  }
}

sub vcl_backend_response {
  # Serve a stale copy for up to 6 hours while no instance can answer (grace).
  set beresp.grace = 6h;
  if (beresp.status >= 500 && bereq.retries < 3 && (bereq.method == "GET" || bereq.method == "HEAD")) {
    call midad_note_tried;
    return (retry);
  }
  if (beresp.http.content-type ~ "^(text/|application/(rss\+xml|xml|json|javascript))") {
    set beresp.do_gzip = true;
  }
  # An answer that sets a cookie (sign-in) is never stored (the built-in VCL does this too).
}

sub vcl_backend_error {
  # An instance that died mid-request: ask another (only for reads, which are safe to repeat).
  if (bereq.retries < 3 && (bereq.method == "GET" || bereq.method == "HEAD")) {
    call midad_note_tried;
    return (retry);
  }
}

sub vcl_deliver {
  # Surrogate keys are for Varnish only.
  unset resp.http.xkey;
  if (obj.hits > 0) {
    set resp.http.x-cache = "HIT";
  } else {
    set resp.http.x-cache = "MISS";
  }
}
