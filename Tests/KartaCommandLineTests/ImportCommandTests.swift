import Foundation
import KartaOffice
import Testing

@testable import KartaCommandLine

@Suite struct ImportCommandTests {
  static let seed = repository.appendingPathComponent("Tests/KartaPlanTests/Fixtures/seeds/003_3414ac84972bb084.txt")

  private func run(_ arguments: [String]) -> (Int32, String, String) {
    let captured = CapturedConsole()
    let code = Karta.run(arguments, console: captured.console)
    return (code, captured.out, captured.error)
  }

  @Test func aDraftIsWrittenAndLintsWithoutErrors() throws {
    let directory = try temporaryDirectory()
    let output = directory.appendingPathComponent("kavalerovo.plan").path
    let (code, out, error) = run(["import", Self.seed.path, "-o", output, "--id", "kavalerovo-draft"])
    #expect(code == 0, "\(error)")
    #expect(out.isEmpty)
    #expect(error.contains("47 items (from a table)"))
    #expect(error.contains("deadlines not read"))
    let (lintCode, _, lintError) = run(["lint", output])
    #expect(lintCode == 0, "\(lintError)")
    let text = try String(contentsOfFile: output, encoding: .utf8)
    #expect(text.hasPrefix("план kavalerovo-draft: Об утверждении плана мероприятий"))
    // fmt has nothing to change: the draft is printed in the canonical layout.
    #expect(run(["fmt", "--check", output]).0 == 0)
  }

  @Test func aDraftNeverReplacesAFile() throws {
    let directory = try temporaryDirectory()
    for (name, message) in [("existing.plan", "would overwrite a plan file"), ("existing.draft", "exists")] {
      let output = directory.appendingPathComponent(name)
      try Data("keep me\n".utf8).write(to: output)
      let (code, _, error) = run(["import", Self.seed.path, "-o", output.path])
      #expect(code == 2)
      #expect(error.contains(message))
      #expect(try String(contentsOf: output, encoding: .utf8) == "keep me\n")
    }
  }

  static func hostile() -> [(String, [UInt8], String)] {
    var bomb = ZipWriter()
    bomb.add("word/document.xml", [UInt8](repeating: 0x20, count: 8 << 20))
    var traversal = ZipWriter()
    traversal.add("../../etc/cron.d/x", Array("x".utf8))
    var broken = ZipWriter()
    broken.add("word/document.xml", Array("<w:document><w:body><w:p></w:body>".utf8))
    var notWord = ZipWriter()
    notWord.add("xl/workbook.xml", Array("<workbook/>".utf8))
    let compound: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 512)
    return [
      ("bomb.docx", bomb.finish(), "ZIP bomb"), ("traversal.docx", traversal.finish(), "leaves the package"),
      ("broken.docx", broken.finish(), "not well-formed"), ("sheet.docx", notWord.finish(), "no Word document body"),
      ("protected.docx", compound, "password-protected"),
      ("text.docx", Array("not a zip".utf8), "not an Office Open XML"),
    ]
  }

  @Test func aHostileWordFileIsAClearErrorNotACrash() throws {
    let directory = try temporaryDirectory()
    for (name, bytes, message) in Self.hostile() {
      let path = directory.appendingPathComponent(name).path
      try Data(bytes).write(to: URL(fileURLWithPath: path))
      let started = Date()
      let (code, out, error) = run(["import", path])
      #expect(code == 2, "\(name)")
      #expect(out.isEmpty)
      #expect(error.contains(path) && error.contains(message), "\(name): \(error)")
      #expect(Date().timeIntervalSince(started) < 5)
    }
  }

  @Test func usageMistakes() {
    #expect(run(["import"]).0 == 2)
    #expect(run(["import", "order.pdf"]).2.contains(".docx, .html, .htm, .txt and .csv"))
    #expect(run(["import", Self.seed.path, "--id", "bad id"]).0 == 2)
    #expect(run(["import", "/no/such/file.docx"]).2.contains("cannot read"))
  }
}
