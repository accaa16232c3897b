public import Logging
import NIOCore
import NIOHTTP1
import NIOPosix

/// The HTTP endpoint of a fleet process, on SwiftNIO: `/metrics` (Prometheus text),
/// `/healthz` (alive) and `/readyz` (joined its group and can produce; 503 otherwise).
///
/// One event-loop thread serves every connection without blocking, so idle or slow
/// clients never hold up a probe; keep-alive is honoured; a connection idle for
/// 30 s is closed.
public final class MetricsServer: Sendable {
    /// How long a connection may stay open without a request.
    static let idleTimeout = TimeAmount.seconds(30)

    private let group: MultiThreadedEventLoopGroup
    private let channel: any Channel
    /// The bound port (the chosen one when 0 was asked for).
    public let port: Int

    /// Binds `0.0.0.0:port` (0 picks a free port) and starts serving.
    public init(port: Int, metrics: FleetMetrics, logger: Logger) throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 64)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(IdleStateHandler(readTimeout: Self.idleTimeout))
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline(withErrorHandling: true)
                    try channel.pipeline.syncOperations.addHandler(ProbeHandler(metrics: metrics))
                }
            }
            .childChannelOption(.socketOption(.so_reuseaddr), value: 1)
        do {
            channel = try bootstrap.bind(host: "0.0.0.0", port: port).wait()
        } catch {
            try? group.syncShutdownGracefully()
            throw MetricsServerError(message: "cannot listen on port \(port): \(error)")
        }
        self.group = group
        self.port = channel.localAddress?.port ?? port
        logger.info("metrics on :\(self.port) (/metrics, /healthz, /readyz)")
    }

    /// Stops accepting connections and closes the open ones.
    public func shutdown() {
        try? channel.close().wait()
        try? group.syncShutdownGracefully()
    }
}

/// Answers one request at a time on a connection: GET (or HEAD) of the three paths.
private final class ProbeHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias OutboundOut = HTTPServerResponsePart

    private let metrics: FleetMetrics
    private var request: HTTPRequestHead?

    init(metrics: FleetMetrics) { self.metrics = metrics }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head): request = head
        case .body: break
        case .end:
            guard let head = request else { return }
            request = nil
            respond(to: head, context: context)
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is IdleStateHandler.IdleStateEvent { context.close(promise: nil) } else { context.fireUserInboundEventTriggered(event) }
    }

    private func respond(to head: HTTPRequestHead, context: ChannelHandlerContext) {
        let path = head.uri.split(separator: "?", maxSplits: 1).first.map(String.init) ?? head.uri
        let (status, body): (HTTPResponseStatus, String)
        if head.method != .GET && head.method != .HEAD {
            (status, body) = (.methodNotAllowed, "method not allowed\n")
        } else {
            switch path {
            case "/metrics": (status, body) = (.ok, metrics.render())
            case "/healthz": (status, body) = (.ok, "ok\n")
            case "/readyz": (status, body) = metrics.isReady ? (.ok, "ready\n") : (.serviceUnavailable, "not ready\n")
            default: (status, body) = (.notFound, "not found\n")
            }
        }
        let keepAlive = head.isKeepAlive
        var headers = HTTPHeaders()
        headers.add(name: "Content-Type", value: "text/plain; version=0.0.4; charset=utf-8")
        headers.add(name: "Content-Length", value: String(body.utf8.count))
        if !keepAlive { headers.add(name: "Connection", value: "close") }
        context.write(wrapOutboundOut(.head(HTTPResponseHead(version: head.version, status: status, headers: headers))), promise: nil)
        if head.method != .HEAD {
            context.write(wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(string: body)))), promise: nil)
        }
        if keepAlive {
            context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        } else {
            let channel = context.channel
            context.writeAndFlush(wrapOutboundOut(.end(nil))).whenComplete { _ in channel.close(promise: nil) }
        }
    }
}

/// The metrics server could not start.
public struct MetricsServerError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
