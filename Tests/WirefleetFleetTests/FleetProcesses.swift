import Foundation
import Synchronization
import WirefleetFleet
import WirefleetTestSupport

/// The real `wirefleet` binary run as separate processes (three workers and the
/// assembler, and the index when a test starts it) on a test's own topics and groups,
/// so they can be killed with SIGKILL.
final class FleetProcesses: Sendable {
    enum Role: String, CaseIterable, Sendable {
        case entities, quotes, numbers, assembler, index
        /// The fleet proper; the index is started by the tests that are about it.
        static var allCases: [Role] { [.entities, .quotes, .numbers, .assembler] }
    }

    let brokers: String
    let harness: FleetHarness
    let extraArguments: [String]
    let assemblerWait: Int
    private let running = Mutex<[Role: Process]>([:])
    private let ports = Mutex<[Role: Int]>([:])
    let restarts = Mutex<[Role: Int]>([:])
    private let logDir: URL

    init(brokers: String, harness: FleetHarness, extraArguments: [String] = [], assemblerWait: Int = 120) throws {
        self.brokers = brokers
        self.harness = harness
        self.extraArguments = extraArguments
        self.assemblerWait = assemblerWait
        logDir = TestBroker.repositoryRoot().appendingPathComponent("run/test-logs/\(harness.groupPrefix)")
        try FileManager.default.createDirectory(at: logDir, withIntermediateDirectories: true)
    }

    static var binary: String {
        let root = TestBroker.repositoryRoot()
        for c in ["debug", "release"] {
            let p = root.appendingPathComponent(".build/\(c)/wirefleet").path
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return root.appendingPathComponent(".build/debug/wirefleet").path
    }

    private func arguments(_ role: Role, groupSuffix: String = "", extra: [String] = []) -> [String] {
        let h = harness
        let port = ports.withLock { $0[role] } ?? 0
        var common = ["--metrics-port", String(port), "--brokers", brokers, "--dlq-topic", h.dlq, "--partitions", "3", "--session-timeout-ms", "6000",
                      "--log-level", "warning", "-X", "fetch.wait.max.ms=10"]
        common += extraArguments + extra
        switch role {
        case .assembler:
            return ["assemble", "--input-topic", h.enriched, "--output-topic", h.complete, "--state-topic", h.state,
                    "--group-id", "\(h.groupPrefix)-assembler", "--wait", String(assemblerWait)] + common
        case .index:
            return ["index", "--input-topic", h.complete, "--entities-topic", h.entitiesIndex, "--clusters-topic", h.quoteClusters,
                    "--state-topic", h.indexState, "--group-id", "\(h.groupPrefix)-index"] + common
        default:
            return ["worker", role.rawValue, "--input-topic", h.raw, "--output-topic", h.enriched,
                    "--group-id", "\(h.groupPrefix)-\(role.rawValue)\(groupSuffix)"] + common
        }
    }

    /// Starts the role's process; `groupSuffix` makes a worker join a new consumer group
    /// (which reads the input again from the beginning: every record redelivered).
    func start(_ role: Role, groupSuffix: String = "", extra: [String] = []) throws {
        try ports.withLock { if $0[role] == nil { $0[role] = try TestBroker.freeLoopbackPort() } }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary)
        p.arguments = arguments(role, groupSuffix: groupSuffix, extra: extra)
        let log = logDir.appendingPathComponent("\(role.rawValue).log")
        if !FileManager.default.fileExists(atPath: log.path) { FileManager.default.createFile(atPath: log.path, contents: nil) }
        let handle = try FileHandle(forWritingTo: log)
        handle.seekToEndOfFile()
        p.standardOutput = handle
        p.standardError = handle
        try p.run()
        running.withLock { $0[role] = p }
    }

    func startAll() throws { for r in Role.allCases { try start(r) } }

    /// SIGKILL, then start again.
    func crashAndRestart(_ role: Role) throws {
        guard let p = running.withLock({ $0[role] }) else { return }
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        restarts.withLock { $0[role, default: 0] += 1 }
        try start(role)
    }

    /// Sends `signal` to the role's process and waits for it to exit; returns its status.
    @discardableResult
    func stop(_ role: Role, signal: Int32 = SIGTERM) -> Int32? {
        guard let p = running.withLock({ $0[role] }) else { return nil }
        kill(p.processIdentifier, signal)
        p.waitUntilExit()
        return p.terminationStatus
    }

    /// Stops the role's process with `signal` and starts it again.
    func restart(_ role: Role, signal: Int32) throws {
        stop(role, signal: signal)
        restarts.withLock { $0[role, default: 0] += 1 }
        try start(role)
    }

    /// SIGSTOP / SIGCONT: the process stays a member of its group but does no work.
    func pause(_ role: Role) { if let p = running.withLock({ $0[role] }) { kill(p.processIdentifier, SIGSTOP) } }
    func resume(_ role: Role) { if let p = running.withLock({ $0[role] }) { kill(p.processIdentifier, SIGCONT) } }

    /// Waits until the given roles are ready (or the timeout passes).
    func waitUntilReady(_ roles: [Role], timeout: Duration) async throws -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if roles.allSatisfy({ isReady($0) }) { return true }
            try await Task.sleep(for: .milliseconds(250))
        }
        return false
    }

    /// Whether the role's current process answers /readyz with 200 (connected, assigned).
    func isReady(_ role: Role) -> Bool {
        guard let port = ports.withLock({ $0[role] }) else { return false }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["curl", "-s", "-o", "/dev/null", "-m", "1", "-w", "%{http_code}", "http://127.0.0.1:\(port)/readyz"]
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self) == "200"
    }

    /// Waits until every role is ready (or the timeout passes); returns whether they are.
    func waitUntilAllReady(timeout: Duration) async throws -> Bool {
        try await waitUntilReady(Role.allCases, timeout: timeout)
    }

    /// Roles whose process is no longer running (it crashed by itself).
    func exited() -> [Role] {
        running.withLock { $0.filter { !$0.value.isRunning }.map(\.key) }
    }

    /// SIGTERM everything and wait; returns the exit codes.
    func stopAll() -> [Role: Int32] {
        let all = running.withLock { $0 }
        for (_, p) in all where p.isRunning { kill(p.processIdentifier, SIGCONT); kill(p.processIdentifier, SIGTERM) }
        var codes: [Role: Int32] = [:]
        for (r, p) in all {
            let deadline = Date().addingTimeInterval(20)
            while p.isRunning && Date() < deadline { usleep(50_000) }
            if p.isRunning { kill(p.processIdentifier, SIGKILL); p.waitUntilExit() }
            codes[r] = p.terminationStatus
        }
        return codes
    }
}
