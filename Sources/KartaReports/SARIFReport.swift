import Foundation
import KartaCheck
import KartaLanguage

/// SARIF 2.1.0 (`--format sarif`), the static-analysis log that GitHub code scanning and other
/// review tools read: one run of the tool `karta` with its rules, the files looked at, and one
/// result per finding, located in the plan file. For `karta lint` a finding is a diagnostic; for
/// `karta check` it is an obligation in a gap state, located at its item's (or report's) line.
/// Keys are sorted, so the same input always gives the same bytes.
public struct SARIFReport: ReportRenderer, FindingsRenderer {
  public static let identifier = "sarif"

  /// The version of Karta written as `tool.driver.semanticVersion` (the same as `karta --version`).
  public static let toolVersion = "0.1.0"
  /// The JSON schema the log declares.
  public static let schemaURI = "https://json.schemastore.org/sarif-2.1.0.json"

  /// The version written as the driver's `semanticVersion`.
  public var version: String
  /// Where the tool is documented (`tool.driver.informationUri`), an absolute URI; left out when `nil`.
  public var informationURI: String?

  /// The language of the results' messages (rule ids and levels stay as they are).
  public var language: Language

  /// Creates the renderer.
  public init(version: String = SARIFReport.toolVersion, informationURI: String? = nil, language: Language = .english) {
    self.version = version
    self.informationURI = informationURI
    self.language = language
  }

  public func render(_ report: ComplianceReport) -> String {
    var text = ""
    encode(CIFindingSet(check: report, language: language), properties: checkProperties(report)) { text += $0 }
    return text
  }

  /// Writes the log a part at a time: its results (up to 25,000 at national scale) are encoded one
  /// by one, so that the encoder never holds them all.
  public func write(_ report: ComplianceReport, to sink: OutputSink) {
    encode(CIFindingSet(check: report, language: language), properties: checkProperties(report)) { sink.write($0) }
  }

  public func render(_ findings: Findings) -> String {
    var text = ""
    encode(CIFindingSet(lint: findings, language: language), properties: nil) { text += $0 }
    return text
  }

  private func checkProperties(_ report: ComplianceReport) -> [String: String] {
    var properties = ["asOf": report.asOf.iso, "horizonDays": "\(report.horizon)"]
    if let party = report.filter.party { properties["party"] = party }
    if let subject = report.filter.subject { properties["subject"] = subject }
    return properties
  }

  // MARK: - The log

  struct Log: Encodable {
    var schema = SARIFReport.schemaURI
    var version = "2.1.0"
    var runs: [Run]

    enum CodingKeys: String, CodingKey {
      case schema = "$schema"
      case version, runs
    }
  }

  struct Run: Encodable {
    var tool: Tool
    var automationDetails: AutomationDetails
    var columnKind = "unicodeCodePoints"
    var artifacts: [Artifact]
    var results: [Result]
    var invocations: [Invocation]
    var properties: [String: String]?
  }

  struct Tool: Encodable {
    var driver: Driver
  }

  struct Driver: Encodable {
    var name = "karta"
    var semanticVersion: String
    var informationUri: String?
    var rules: [Rule]
  }

  struct Rule: Encodable {
    var id: String
    var shortDescription: Text
    var defaultConfiguration: Configuration
  }

  struct Configuration: Encodable {
    var level: String
  }

  struct Text: Encodable {
    var text: String
  }

  struct AutomationDetails: Encodable {
    var id: String
  }

  struct Artifact: Encodable {
    var location: ArtifactLocation
    var hashes: [String: String]?
  }

  struct ArtifactLocation: Encodable {
    var uri: String
    var index: Int?
  }

  struct Result: Encodable {
    var ruleId: String
    var ruleIndex: Int
    var level: String
    var message: Text
    var locations: [Location]
    var partialFingerprints: [String: String]?
    var properties: ObligationProperties?
  }

  struct Location: Encodable {
    var physicalLocation: PhysicalLocation
  }

  struct PhysicalLocation: Encodable {
    var artifactLocation: ArtifactLocation
    var region: Region
  }

  struct Region: Encodable {
    var startLine: Int
    var startColumn: Int?
    var endLine: Int?
    var endColumn: Int?
  }

  /// What `karta check` adds to a result: the obligation it is about.
  struct ObligationProperties: Encodable {
    var state: String
    var kind: String
    var item: String
    var subject: String?
    var occurrence: Int
    var owners: [String]
    var duePhrase: String
    var effectiveDue: String?
    var reported: String?
  }

  struct Invocation: Encodable {
    var executionSuccessful = true
    var toolExecutionNotifications: [Notification]?
  }

  struct Notification: Encodable {
    var level: String
    var message: Text
  }

  // MARK: - Building it

  private func encode(_ set: CIFindingSet, properties: [String: String]?, _ emit: (String) -> Void) {
    var artifactIndex: [String: Int] = [:]
    var artifacts: [Artifact] = []
    for file in set.files {
      let uri = Self.uri(file.path)
      guard artifactIndex[uri] == nil else { continue }
      artifactIndex[uri] = artifacts.count
      artifacts.append(
        Artifact(location: ArtifactLocation(uri: uri), hashes: file.sha256.map { ["sha-256": $0] }))
    }
    let ruleIndex = Dictionary(set.rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    let results = set.findings.map { finding in
      let uri = Self.uri(finding.location.file)
      return Result(
        ruleId: finding.rule, ruleIndex: ruleIndex[finding.rule] ?? -1, level: finding.level.rawValue,
        message: Text(text: finding.fullMessage),
        locations: [
          Location(
            physicalLocation: PhysicalLocation(
              artifactLocation: ArtifactLocation(uri: uri, index: artifactIndex[uri]),
              region: Self.region(finding.location.range)))
        ],
        partialFingerprints: finding.obligation.map { ["kartaObligation/v1": fingerprint($0, plan: set.plan)] },
        properties: finding.obligation.map(Self.properties))
    }
    var notifications: [Notification]?
    if set.omitted > 0 {
      notifications = [
        Notification(
          level: "warning",
          message: Text(text: "\(set.omitted) more findings were left out; at most \(set.findings.count) are listed"))
      ]
    }
    let run = Run(
      tool: Tool(
        driver: Driver(
          semanticVersion: version, informationUri: informationURI,
          rules: set.rules.map {
            Rule(
              id: $0.id, shortDescription: Text(text: $0.summary),
              defaultConfiguration: Configuration(level: $0.level.rawValue))
          })),
      automationDetails: AutomationDetails(id: set.category + "/"),
      artifacts: artifacts, results: [],
      invocations: [Invocation(toolExecutionNotifications: notifications)], properties: properties)
    // The log is encoded with no results, and they are put in its empty list one by one: each
    // encoded alone and indented to its depth (a JSON string holds no line break, so every line
    // break of an encoded result is one of its lines), the same bytes as the log encoded whole.
    let log = JSONText.document(Log(runs: [run]))
    // The empty list as the encoder writes it: `[`, an empty line, the closing `]` indented.
    guard !results.isEmpty, let key = log.range(of: "\"results\" : ["),
      let close = log[key.upperBound...].firstIndex(of: "]"),
      log[key.upperBound..<close].allSatisfy({ $0 == "\n" || $0 == " " })
    else {
      var whole = run
      whole.results = results
      emit(results.isEmpty ? log : JSONText.document(Log(runs: [whole])))
      return
    }
    let closing = String(log[key.upperBound..<close].reversed().prefix { $0 == " " })
    let indent = Array((closing + "  ").utf8)
    emit(String(log[..<key.upperBound]) + "\n")
    let encoder = JSONText.encoder(pretty: true)
    var lines: [UInt8] = []
    for (number, result) in results.enumerated() {
      // A result that cannot be encoded (it holds none that could fail) would stand as `{}`.
      let encoded = (try? encoder.encode(result)) ?? Data("{}".utf8)
      lines.removeAll(keepingCapacity: true)
      lines += indent
      for byte in encoded {
        lines.append(byte)
        if byte == 0x0A { lines += indent }
      }
      if number + 1 < results.count { lines.append(UInt8(ascii: ",")) }
      lines.append(0x0A)
      emit(String(decoding: lines, as: UTF8.self))
    }
    emit(closing + String(log[close...]))
  }

  private func fingerprint(_ row: ObligationRow, plan: String?) -> String {
    [plan ?? "", row.kind.rawValue, row.id, row.subject?.id ?? "", "\(row.occurrence)"].joined(separator: "/")
  }

  private static func properties(_ row: ObligationRow) -> ObligationProperties {
    ObligationProperties(
      state: row.state.rawValue, kind: row.kind.rawValue, item: row.id, subject: row.subject?.id,
      occurrence: row.occurrence, owners: row.owners, duePhrase: row.duePhrase,
      effectiveDue: row.scheduleKind == .continuous ? nil : row.window?.effectiveDue.iso,
      reported: row.reported?.text(in: .english))
  }

  /// The region of a range; a finding about a whole file points at its first line, since code
  /// scanning needs a line.
  static func region(_ range: SourceRange?) -> Region {
    guard let range else { return Region(startLine: 1) }
    let sameLine = range.end.line == range.start.line
    let hasEnd = range.end.line > range.start.line || (sameLine && range.end.column > range.start.column)
    return Region(
      startLine: range.start.line, startColumn: range.start.column,
      endLine: hasEnd && !sameLine ? range.end.line : nil, endColumn: hasEnd ? range.end.column : nil)
  }

  /// A path as a URI reference: forward slashes, no leading `./`, percent-encoded (RFC 3986); a
  /// relative path stays relative (to the directory the command ran in), an absolute one becomes a
  /// `file:` URI.
  static func uri(_ path: String) -> String {
    let slashed = CIFindingSet.displayPath(path)
    let isWindowsDrive =
      slashed.count >= 3 && slashed.dropFirst().hasPrefix(":/") && (slashed.first?.isLetter ?? false)
    if slashed.hasPrefix("/") { return "file://" + encode(slashed, keepingColons: true) }
    if isWindowsDrive { return "file:///" + encode(slashed, keepingColons: true) }
    return encode(slashed, keepingColons: false)
  }

  private static func encode(_ path: String, keepingColons: Bool) -> String {
    var out = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"):
        out.unicodeScalars.append(Unicode.Scalar(byte))
      case _ where "-._~/!$&'()*+,;=@".utf8.contains(byte), UInt8(ascii: ":") where keepingColons:
        out.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
      }
    }
    return out
  }
}

extension String {
  fileprivate func leftPadded(to width: Int) -> String {
    count >= width ? self : String(repeating: "0", count: width - count) + self
  }
}
