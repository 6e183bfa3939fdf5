// Skill names that are also ordinary words (English, some German and French). The taxonomy marks its own
// ambiguous forms; this list is the engine's safety net for names that come from generated sources
// (O*NET, ESCO) unmarked. A form listed here counts only with context (see resolve-ambiguity.ts).
export const AMBIGUOUS_WORDS: ReadonlySet<string> = new Set(
  `go r c d j v react spring swift rust rails express excel make chef puppet shell julia dart elm ant flask lean
  scheme slack ruby pascal basic logo ada io red ring pure hack mercury crystal processing unity play ember
  backbone meteor next gatsby koa sails phoenix rocket gin echo fiber iris revel buffalo vapor perfect compose
  helm vault consul nomad packer salt travis circle drone concourse argo flux loki tempo beats sentry snowflake
  redshift aurora athena glue lambda batch elastic spanner realm presto pulsar storm torch pandas dash safe
  confluence notion sketch word access outlook project teams office keynote pages numbers zoom meet linear
  monday postman insomnia swagger selenium cypress jest mocha chai jasmine karma enzyme playwright protractor
  cucumber robot parcel vite babel yarn bun node tailwind bootstrap material angular ionic flutter windows
  apache jetty maven vagrant render railway fly oracle tableau looker superset mode hex prefect bedrock haystack
  pinecone chroma transformers spark hive pig beam flume amplify cosmos synapse sentinel defender functions
  bamboo mercurial rest soap thrift varnish envoy kong it box asana bash fish zsh gulp grunt bower karma
  matlab? rx drupal? joomla? magento? shopify? wix squarespace ghost hugo jekyll eleventy astro remix solid
  svelte? preact? alpine stimulus turbo hotwire phoenix plug ecto oak fresh deno? bun prisma? drizzle sequelize?
  knex? mongoose passport nest? nx turborepo lerna changesets rome biome prettier? eslint? stylelint? husky
  chromatic percy applitools sauce browserstack? lighthouse webpack? rollup esbuild? swc? snowpack brunch
  hadoop? airflow? luigi dagster? kedro metaflow feast tecton? ray dask polars vaex modin arrow parquet? avro?
  orc delta iceberg hudi nessie dremio trino? impala druid pinot clickhouse? cockroach yugabyte neon supabase?
  firebase? appwrite pocketbase convex fauna planetscale? vitess tidb? aerospike couchbase? couchdb? pouchdb
  rethinkdb arangodb? dgraph neptune janus tigergraph? memgraph influx timescale questdb victoria thanos cortex
  mimir grafana? kibana? logstash? fluentd? fluent vector datadog? honeycomb lightstep dynatrace? newrelic?
  instana appdynamics? pagerduty? opsgenie? statuspage rollbar bugsnag raygun airbrake logrocket fullstory
  hotjar mixpanel? amplitude heap segment rudderstack snowplow matomo plausible fathom umami posthog? growthbook
  optimizely launchdarkly? unleash flagsmith split statsig eppo cv hr pr
  strategy associates teams team workday hiring master masters remote flexible flexibility innovative innovation
  collaborative creativity creative initiatives initiative pragmatic proactive organised organized ownership
  dynamic passionate motivated reliable reliability resilience curious autonomous independent friendly
  payment payments budget insurance asp hcl plc`
    .split(/\s+/)
    .filter((word) => word !== '' && !word.endsWith('?')),
);
