-- A mixed read load over the public pages and the JSON endpoints, one path after another.
-- Counts every answer that is not a success or a redirect as an error, and prints them at the end.
local paths = {
  "/", "/actors", "/actors/china", "/actors/liu-pengyu", "/claims", "/claims?outlet=reuters",
  "/claims?claimant=china&rollup=true", "/claims?q=PRC&stance=disputes", "/claims/1", "/articles", "/articles/1",
  "/outlets", "/outlets/reuters", "/propositions", "/propositions/china-cooperates-in-good-faith", "/compare",
  "/search?q=fentanyl", "/supply-chain", "/supply-chain.json", "/network", "/network.json",
  "/claims?kind=BOGUS", "/supply-chain?page=99999999999"
}
local counter = 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  errors = 0
  bad = {}
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function response(status, headers, body)
  if status >= 400 and not (status == 400) then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("errors")
  end
  io.write(string.format("requests: %d, socket errors: %d, timeouts: %d, 5xx/404 answers: %d\n",
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write,
    summary.errors.timeout, failed))
  io.write(string.format("p50 %.1f ms, p99 %.1f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
