import Foundation
public import Logging
import WirefleetFleet
public import WirefleetKafka

/// The Kafka layer against raw librdkafka (kcat) on the same broker, same run
/// (`wirefleet bench kafka`).
public struct KafkaBenchmark: Sendable {

    public var configuration: KafkaConfiguration
    public var logger: Logger
    public var records: Int = 100_000
    public var size: Int = 4096
    public var runs: Int = 3
    public var kcat: String = "kcat"

    public init(configuration: KafkaConfiguration, logger: Logger, records: Int = 100_000, size: Int = 4096,
                runs: Int = 3, kcat: String = "kcat") {
        self.configuration = configuration; self.logger = logger; self.records = records; self.size = size
        self.runs = runs; self.kcat = kcat
    }

    /// Runs the benchmark and prints its figures.
    public func run() async throws {
        let common = configuration
        let admin = try KafkaAdmin(configuration: common, logger: logger)
        let payloadLine = String(repeating: "x", count: size)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("wirefleet-bench-\(UUID().uuidString).txt")
        try Data(String(repeating: payloadLine + "\n", count: records).utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        print("bench kafka: \(records) records of \(size) bytes, brokers \(common.brokers), \(runs) runs")
        var best: [String: Double] = [:]
        func report(_ what: String, _ seconds: Double) {
            let rate = Double(records) / seconds
            best[what] = max(best[what] ?? 0, rate)
            print(String(format: "  %-22@ %9.0f records/s %8.1f MB/s", what as NSString, rate, rate * Double(size) / 1e6))
        }
        for run in 1...runs {
            print(" run \(run)")
            // This layer: produce.
            let topicA = "bench-layer-\(UUID().uuidString.prefix(6))"
            let topicB = "bench-kcat-\(UUID().uuidString.prefix(6))"
            _ = try await admin.createTopics([KafkaTopicSpecification(name: topicA, partitions: 1),
                                              KafkaTopicSpecification(name: topicB, partitions: 1)])
            let value = [UInt8](payloadLine.utf8)
            var pc = KafkaProducerConfiguration(common: common)
            pc.lingerMilliseconds = 5
            let producer = try KafkaProducer(configuration: pc, logger: logger)
            var t0 = ContinuousClock.now
            for _ in 0..<records { try await producer.enqueue(KafkaRecord(topic: topicA, value: value)) }
            try await producer.flush(timeout: .seconds(300))
            report("layer produce", Measure.seconds(ContinuousClock.now - t0))
            await producer.close()
            // kcat: produce.
            t0 = ContinuousClock.now
            try runKcat(["-P", "-b", common.brokers, "-t", topicB, "-X", "enable.idempotence=true", "-X", "acks=all",
                         "-X", "linger.ms=5", "-l", file.path])
            report("kcat produce", Measure.seconds(ContinuousClock.now - t0))
            // This layer: consume.
            var cc = KafkaConsumerConfiguration(common: common, groupID: "bench-\(UUID().uuidString.prefix(6))")
            cc.maxBatchSize = 1000
            cc.sessionTimeoutMilliseconds = 6000
            cc.common.properties["fetch.wait.max.ms"] = "10"
            let consumer = try KafkaConsumer(configuration: cc, logger: logger)
            try consumer.subscribe(topics: [topicA])
            var got = 0
            while got == 0 { got += try await consumer.poll(timeout: .milliseconds(500)).count } // join the group first
            t0 = ContinuousClock.now
            while got < records { got += try await consumer.poll(timeout: .milliseconds(500)).count }
            report("layer consume", Measure.seconds(ContinuousClock.now - t0))
            await consumer.close()
            // kcat: consume (partition assignment, no group join).
            t0 = ContinuousClock.now
            try runKcat(["-C", "-b", common.brokers, "-t", topicB, "-o", "beginning", "-e", "-q", "-X", "fetch.wait.max.ms=10",
                         "-c", String(records)], discardOutput: true)
            report("kcat consume", Measure.seconds(ContinuousClock.now - t0))
        }
        let p = (best["layer produce"] ?? 0) / max(best["kcat produce"] ?? 1, 1)
        let c = (best["layer consume"] ?? 0) / max(best["kcat consume"] ?? 1, 1)
        print(String(format: "best of %d: produce ratio %.2f (layer %.0f / kcat %.0f), consume ratio %.2f (layer %.0f / kcat %.0f)",
                     runs, p, best["layer produce"] ?? 0, best["kcat produce"] ?? 0,
                     c, best["layer consume"] ?? 0, best["kcat consume"] ?? 0))
    }

    private func runKcat(_ args: [String], discardOutput: Bool = false) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [kcat] + args
        if discardOutput { p.standardOutput = FileHandle.nullDevice }
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw BenchmarkError("kcat exited with \(p.terminationStatus)") }
    }
}
