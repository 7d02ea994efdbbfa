import Foundation
import KartaLanguage

/// Where plan files come from: the disk, or memory in tests.
public protocol SourceProvider: Sendable {
  /// The bytes of the file at `path`, or why they cannot be read.
  func read(_ path: String) -> Result<[UInt8], SourceReadError>
  /// The path with symbolic links resolved, for deciding whether a file is inside a tree.
  func resolvedPath(_ path: String) -> String
}

/// Why a file could not be read.
public struct SourceReadError: Error, Sendable {
  /// What is wrong with the file.
  public var problem: FileProblem
  /// A short reason in English, such as "no such file".
  public var reason: String { problem.reason }

  /// Creates an error for `problem`.
  public init(_ problem: FileProblem) { self.problem = problem }
}

/// Reads plan files from the file system.
public struct FileSystemSources: SourceProvider {
  /// Creates a provider for the file system.
  public init() {}

  public func read(_ path: String) -> Result<[UInt8], SourceReadError> {
    if let problem = RegularFile.problem(at: path) { return .failure(SourceReadError(problem)) }
    if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
      let size = attributes[.size] as? NSNumber, size.intValue > SourceFile.maximumSize
    {
      return .failure(SourceReadError(.tooLarge(size: size.intValue, limit: SourceFile.maximumSize)))
    }
    guard let data = FileManager.default.contents(atPath: path) else {
      return .failure(SourceReadError(.unreadable("permission denied or not readable")))
    }
    return .success([UInt8](data))
  }

  public func resolvedPath(_ path: String) -> String {
    URL(fileURLWithPath: path).resolvingSymlinksInPath().path
  }
}

/// Plan files held in memory, keyed by path: for tests and for tools that generate plans.
public struct InMemorySources: SourceProvider {
  /// The files' contents by path.
  public var files: [String: [UInt8]]

  /// Creates a provider holding `files` (path → text).
  public init(_ files: [String: String]) {
    self.files = files.mapValues { Array($0.utf8) }
  }

  /// Creates a provider holding `files` (path → bytes).
  public init(bytes files: [String: [UInt8]]) {
    self.files = files
  }

  public func read(_ path: String) -> Result<[UInt8], SourceReadError> {
    files[PathArithmetic.normalize(path)].map { .success($0) } ?? .failure(SourceReadError(.missing))
  }

  public func resolvedPath(_ path: String) -> String { PathArithmetic.normalize(path) }
}

/// Lexical path arithmetic: joining and normalising without touching the disk.
public enum PathArithmetic {
  /// `path` with `.` and `..` components folded and repeated slashes removed.
  public static func normalize(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    var parts: [Substring] = []
    for component in path.split(separator: "/", omittingEmptySubsequences: true) {
      if component == "." { continue }
      if component == "..", let last = parts.last, last != ".." {
        parts.removeLast()
      } else if component == ".." && absolute {
        continue
      } else {
        parts.append(component)
      }
    }
    let joined = parts.joined(separator: "/")
    return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
  }

  /// The directory part of `path` (`.` for a bare file name).
  public static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// `relative` resolved against `directory`, normalised; an absolute `relative` stays absolute.
  public static func join(_ directory: String, _ relative: String) -> String {
    if relative.hasPrefix("/") { return normalize(relative) }
    return normalize(directory == "." ? relative : directory + "/" + relative)
  }

  /// Whether `path` is `directory` itself or lies below it (both normalised, same form).
  public static func isInside(_ path: String, directory: String) -> Bool {
    if directory == "." { return !path.hasPrefix("/") && path != ".." && !path.hasPrefix("../") }
    return path == directory || path.hasPrefix(directory.hasSuffix("/") ? directory : directory + "/")
  }
}
