-- Ends wrk's own report with one tab-separated line that bench/run.sh reads, so it never has to parse wrk's units:
-- SUMMARY  requests/s  p50 ms  p99 ms  non-2xx/3xx answers  socket errors (connect+read+write+timeout)  requests
-- wrk counts an answer as an error from status 400 up, so redirects are successes, as they are for a browser.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("SUMMARY\t%.1f\t%.1f\t%.1f\t%d\t%d\t%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout, summary.requests))
end
