import Foundation
import KartaLanguage
import KartaPlan

extension LanguageServer {
  /// How many directories up from a file the server looks for plans that include it.
  static let includerSearchDepth = 4
  /// How many plan files of one directory it loads while looking.
  static let includerSearchBreadth = 50

  /// The plans on disk (or open) whose includes reach `path`, for a shared file (a subject list,
  /// a calendar) opened without its plan: the `.plan` files with a `plan` header in the file's
  /// directory or, failing that, the nearest directory above it that has some, up to the
  /// workspace folder. A plan includes only files in its own tree, so no other place can hold one.
  func includingPlans(of path: String) -> [String] {
    if let known = discoveredIncluders[path] { return known }
    var found: [String] = []
    if path.hasPrefix("/"), !declaresPlanHeader(path) {
      var directory = PathArithmetic.directory(of: path)
      for _ in 0..<Self.includerSearchDepth {
        for candidate in Self.planFiles(in: directory) where candidate != path {
          let loaded = PlanLoader.load(path: candidate, from: sources)
          if loaded.plan.header != nil, loaded.plan.files.contains(path) { found.append(candidate) }
        }
        if !found.isEmpty || directory == workspaceRoot || directory == "/" { break }
        directory = PathArithmetic.directory(of: directory)
      }
    }
    discoveredIncluders[path] = found
    return found
  }

  /// Whether the open document at `path` starts a plan itself (a root never needs an includer).
  private func declaresPlanHeader(_ path: String) -> Bool {
    guard let document = openDocument(at: path) else { return false }
    return document.lines.contains { line in
      guard let first = line.first, first != " ", first != "\t" else { return false }
      let word = line.prefix { $0.isLetter }
      return Keyword.lookUp(word)?.0 == .plan
    }
  }

  /// The `.plan` files directly in `directory`, sorted, at most `includerSearchBreadth`.
  private static func planFiles(in directory: String) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
    return names.filter { $0.hasSuffix(".plan") }.sorted().prefix(includerSearchBreadth)
      .map { PathArithmetic.join(directory, $0) }
      .filter { RegularFile.problem(at: $0) == nil }
  }
}
