import Logging
import Metrics
import Prometheus
import ServiceLifecycle
import WirefleetFleet

/// Runs a fleet service with graceful shutdown on SIGTERM/SIGINT and the metrics server.
enum ServiceRunner {
    static func run(_ service: some Service, metrics: FleetMetrics, metricsPort: Int, logger: Logger) async throws {
        // Anything instrumented through swift-metrics lands in the registry /metrics serves.
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: metrics.registry))
        var server: MetricsServer?
        if metricsPort > 0 { server = try MetricsServer(port: metricsPort, metrics: metrics, logger: logger) }
        defer { server?.shutdown() }
        let group = ServiceGroup(configuration: .init(
            services: [.init(service: service, successTerminationBehavior: .gracefullyShutdownGroup,
                             failureTerminationBehavior: .gracefullyShutdownGroup)],
            gracefulShutdownSignals: [.sigterm, .sigint],
            logger: logger))
        try await group.run()
    }
}
