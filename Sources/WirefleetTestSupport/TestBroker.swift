public import Foundation
public import Logging
public import WirefleetKafka

/// The real broker every Kafka test talks to.
///
/// `ops/test.sh` starts a Tansu broker on a free loopback port and exports
/// `WIREFLEET_TEST_BROKERS`. When that variable is absent (a bare `swift test`), the
/// first test starts Tansu itself from `.cache/bin/tansu` (installed by `ops/setup.sh`)
/// under a watchdog that stops it when the test process exits. There is no fake: with
/// neither, the tests fail with a message saying how to get a broker.
public enum TestBroker {
    /// The environment variable naming the test brokers.
    public static let environmentVariable = "WIREFLEET_TEST_BROKERS"

    private static let started: Task<String, any Error> = Task { try await start() }

    /// The bootstrap servers of the test broker, starting one if needed.
    public static func brokers() async throws -> String {
        try await started.value
    }

    /// A logger for tests (warnings and up unless `WIREFLEET_TEST_LOG=debug`).
    public static func logger(_ label: String) -> Logger {
        var logger = Logger(label: label)
        let level = ProcessInfo.processInfo.environment["WIREFLEET_TEST_LOG"].flatMap(Logger.Level.init(rawValue:))
        logger.logLevel = level ?? .warning
        return logger
    }

    /// A unique topic name for one test.
    public static func uniqueTopic(_ prefix: String = "test") -> String {
        "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())"
    }

    /// Creates topics on the test broker.
    public static func createTopics(_ names: [String], partitions: Int = 1) async throws {
        let admin = try KafkaAdmin(configuration: KafkaConfiguration(brokers: try await brokers()),
                                   logger: logger("test.admin"))
        _ = try await admin.createTopics(names.map { KafkaTopicSpecification(name: $0, partitions: partitions) })
    }

    /// Settings that keep group operations fast on Tansu (it holds each JoinGroup for
    /// about half the session timeout).
    public static func consumerConfiguration(group: String) async throws -> KafkaConsumerConfiguration {
        var c = KafkaConsumerConfiguration(common: KafkaConfiguration(brokers: try await brokers()), groupID: group)
        c.sessionTimeoutMilliseconds = 6000
        c.maxPollIntervalMilliseconds = 10000
        c.fetchWaitMaxMilliseconds = 10
        return c
    }

    // MARK: - Starting Tansu

    private static func start() async throws -> String {
        let env = ProcessInfo.processInfo.environment
        if let b = env[environmentVariable], !b.isEmpty { return b }
        let root = repositoryRoot()
        let tansu = root.appendingPathComponent(".cache/bin/tansu").path
        guard FileManager.default.isExecutableFile(atPath: tansu) else {
            throw TestBrokerError(message: "no test broker: set \(environmentVariable) or run ops/setup.sh (installs \(tansu)); ops/test.sh does both")
        }
        let port = try freeLoopbackPort()
        let url = "tcp://127.0.0.1:\(port)"
        let watchdog = """
        "$1" broker --listener-url "$2" --advertised-listener-url "$2" >/dev/null 2>&1 &
        child=$!
        while kill -0 "$3" 2>/dev/null && kill -0 "$child" 2>/dev/null; do sleep 1; done
        kill "$child" 2>/dev/null
        # A broker that ignores TERM (seen once, left running for hours) is killed.
        for _ in 1 2 3 4 5; do kill -0 "$child" 2>/dev/null || exit 0; sleep 1; done
        kill -9 "$child" 2>/dev/null
        """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", watchdog, "watchdog", tansu, url, String(ProcessInfo.processInfo.processIdentifier)]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        let brokers = "127.0.0.1:\(port)"
        try await waitUntilReady(brokers)
        return brokers
    }

    /// Waits until the broker answers a metadata request.
    public static func waitUntilReady(_ brokers: String, timeout: Duration = .seconds(30)) async throws {
        let deadline = ContinuousClock.now + timeout
        let admin = try KafkaAdmin(configuration: KafkaConfiguration(brokers: brokers), logger: Logger(label: "test.wait",
                                   factory: { _ in SwiftLogNoOpLogHandler() }))
        while true {
            do { _ = try await admin.listTopics(timeout: .seconds(1)); return } catch {
                if ContinuousClock.now > deadline { throw TestBrokerError(message: "broker \(brokers) did not start: \(error)") }
                try await Task.sleep(for: .milliseconds(200))
            }
        }
    }

    public static func repositoryRoot() -> URL {
        // Sources/WirefleetTestSupport/TestBroker.swift → repository root
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    public static func freeLoopbackPort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw TestBrokerError(message: "socket() failed") }
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_port = 0
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        let ok = withUnsafeMutablePointer(to: &addr) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) == 0 && getsockname(fd, $0, &len) == 0 }
        }
        guard ok else { throw TestBrokerError(message: "cannot find a free port") }
        return Int(UInt16(bigEndian: addr.sin_port))
    }
}

/// The test broker could not be reached or started.
public struct TestBrokerError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }
}
