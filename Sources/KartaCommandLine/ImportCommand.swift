import Foundation
import KartaImport
import KartaLanguage
import KartaOffice

/// `karta import DOCUMENT [-o PLAN] [--id ID] [--lang en|ru]`: a draft plan from the order as
/// officials receive it (Word, a web page, the text rendering, a CSV table).
enum ImportCommand: Command {
  static let name = "import"
  static let options = [
    OptionSpec(name: .output, takesValue: true), OptionSpec(name: .id, takesValue: true),
    OptionSpec(name: .lang, takesValue: true, allowed: ["en", "ru"]),
  ]
  static let help = """
    usage: karta import DOCUMENT [-o PLAN] [--id ID] [--lang en|ru]

    Writes a draft plan from an order: its roadmap table (found by the header row «№»,
    «Мероприятие», «Срок», «Ответственные») or, for a decision or protocol, its numbered
    resolutions under headings that name the executor. Every row becomes an item with its
    number, text, deadline phrase (verbatim) and owners; every executor a party. What the
    importer is not sure of is marked by a '# karta import:' comment that 'karta lint' lists.

    DOCUMENT is .docx (Word 2007+), .html/.htm (saved as a web page), .txt (the text rendering,
    tab-separated rows) or .csv (a table saved from Excel).

    options:
      -o, --output PLAN  write the draft to PLAN (never over an existing file) instead of standard output
      --id ID            the plan's id (default: from the document's file name)
      --lang L           keywords in Russian (ru, the default) or English (en)

    exit codes: 0 written, 2 unreadable document, no roadmap found, or usage

    """

  /// The largest document read.
  static let maximumSize = 16 << 20

  static func run(_ arguments: ParsedArguments, console: Console) -> Int32 {
    guard let path = arguments.positional.first, arguments.positional.count == 1 else {
      console.writeError("karta import: give exactly one document\n\n" + help)
      return Karta.ExitCode.badInput
    }
    guard let format = SourceDocument.Format(path: path) else {
      console.writeError("karta import: \(path): Karta reads .docx, .html, .htm, .txt and .csv documents\n")
      return Karta.ExitCode.badInput
    }
    if let id = arguments[.id], !isIdentifier(id) {
      console.writeError("karta import: '--id \(id)' is not an identifier (letters, digits, '.', '-', '_')\n")
      return Karta.ExitCode.badInput
    }
    let output = arguments[.output]
    if let output, output != "-", FileManager.default.fileExists(atPath: output) {
      console.writeError("karta import: '\(output)' exists; a draft never replaces a file, choose another name\n")
      return Karta.ExitCode.badInput
    }
    let bytes: [UInt8]
    do {
      bytes = try readBounded(path)
    } catch {
      console.writeError("karta import: \(path): \(error.description)\n")
      return Karta.ExitCode.badInput
    }
    let draft: PlanImporter.Draft
    do {
      let document = try SourceDocument.read(bytes, format: format)
      draft = try PlanImporter.draft(
        of: document, fileName: path, id: arguments[.id],
        language: arguments[.lang] == "en" ? .english : .russian)
    } catch let error as OfficeError {
      console.writeError("karta import: \(path): \(error.description)\n")
      return Karta.ExitCode.badInput
    } catch {
      console.writeError("karta import: \(path): \(error)\n")
      return Karta.ExitCode.badInput
    }
    if let failure = OutputFile.deliver(draft.text, to: output, console: console, command: name) { return failure }
    console.writeError(
      "karta import: \(path): \(draft.items) items "
        + "(from a \(draft.source == .table ? "table" : "list of resolutions")), "
        + "\(draft.parties) parties, \(draft.unreadDeadlines) deadlines not read, \(draft.doubts) places to check "
        + "(marked '# karta import:'; run 'karta lint')\n")
    return Karta.ExitCode.success
  }

  struct ReadFailure: Error {
    var description: String
  }

  /// The file's bytes, refusing a file larger than `maximumSize` before reading it.
  static func readBounded(_ path: String) throws(ReadFailure) -> [UInt8] {
    guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
      throw ReadFailure(description: "cannot read the file (it does not exist or is not readable)")
    }
    if let type = attributes[.type] as? FileAttributeType, type != .typeRegular {
      throw ReadFailure(description: "not a regular file")
    }
    if let size = attributes[.size] as? Int, size > maximumSize {
      throw ReadFailure(description: "the file is \(size) bytes; documents over \(maximumSize) bytes are not read")
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw ReadFailure(description: "cannot read the file")
    }
    return [UInt8](data)
  }

  static func isIdentifier(_ text: String) -> Bool {
    guard let first = text.first, first.isLetter || first.isNumber else { return false }
    return text.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" }
  }
}
