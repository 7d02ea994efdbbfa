import KartaLanguage

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import KartaReports

/// Writes a report to a file atomically: into a temporary file beside it, flushed to disk, then
/// renamed over the target, so that a crash or a full disk never leaves a half-written report.
enum OutputFile {
  struct Failure: Error {
    var message: String
  }

  /// Writes `text` to `path` atomically; the file gets permissions `mode`.
  static func write(_ text: String, to path: String, mode: mode_t = 0o644, owner: (uid_t, gid_t)? = nil) throws(Failure)
  {
    try write(bytes: Array(text.utf8), to: path, mode: mode, owner: owner)
  }

  /// Writes `content` to `path` atomically; the file gets permissions `mode`.
  static func write(
    bytes content: [UInt8], to path: String, mode: mode_t = 0o644, owner: (uid_t, gid_t)? = nil
  ) throws(Failure) {
    try write(to: path, mode: mode, owner: owner) { sink in sink.write(bytes: content) }
  }

  /// Writes what `body` writes to the sink to `path` atomically, as it comes: through a fixed
  /// buffer into the temporary file, so that a report of any size never lives in memory whole.
  /// The file gets permissions `mode`; nothing replaces `path` unless every byte was written.
  static func write(
    to path: String, mode: mode_t = 0o644, owner: (uid_t, gid_t)? = nil, _ body: (OutputSink) -> Void
  ) throws(Failure) {
    let directory = path.contains("/") ? String(path[..<(path.lastIndex(of: "/") ?? path.endIndex)]) : "."
    let name = path.split(separator: "/").last.map(String.init) ?? path
    var template = Array("\(directory.isEmpty ? "/" : directory)/.\(name).karta-XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { buffer in
      buffer.baseAddress.map { mkstemp($0) } ?? -1
    }
    guard descriptor >= 0 else {
      throw Failure(message: "cannot write '\(path)': \(String(cString: strerror(errno)))")
    }
    let temporary = template.withUnsafeBufferPointer { $0.baseAddress.map { String(cString: $0) } ?? "" }
    let sink = OutputSink { chunk in writeAll(chunk, to: descriptor) }
    body(sink)
    sink.flush()
    if let reason = sink.failure {
      close(descriptor)
      unlink(temporary)
      throw Failure(message: "cannot write '\(path)': \(reason)")
    }
    fchmod(descriptor, mode)
    // The replaced file's owner stays, where the system allows it (as root it does).
    if let owner { _ = fchown(descriptor, owner.0, owner.1) }
    guard fsync(descriptor) == 0, close(descriptor) == 0 else {
      unlink(temporary)
      throw Failure(message: "cannot write '\(path)': \(String(cString: strerror(errno)))")
    }
    guard rename(temporary, path) == 0 else {
      let reason = String(cString: strerror(errno))
      unlink(temporary)
      throw Failure(message: "cannot write '\(path)': \(reason)")
    }
  }

  /// Writes all of `bytes` to `descriptor`, retrying short and interrupted writes; why not, when it cannot.
  private static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> String? {
    var offset = 0
    while offset < bytes.count {
      let written = SystemCall.write(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
      if written < 0, errno == EINTR { continue }
      if written <= 0 { return String(cString: strerror(errno)) }
      offset += written
    }
    return nil
  }

  /// Why a report may not be written to `output`, or `nil` when it may: the path is one of the
  /// `inputs` (the same file by device and inode, whatever links or spellings lead to it); a
  /// `.json` or `.csv` file in an input folder (a status file the next check would read, or
  /// overwrite); an existing plan or plan-test file (a report is never one, and an included plan is
  /// not among the arguments); or something other than a regular file — the atomic rename would
  /// replace a device or a pipe with a file. A report beside the status files (`report.txt`) is fine.
  static func refusal(among inputs: [String], output: String) -> String? {
    var target = stat()
    let exists = stat(output, &target) == 0
    if exists {
      if (target.st_mode & S_IFMT) != S_IFREG {
        return "'\(output)' is not a regular file; write the report to a file"
      }
      for input in inputs {
        var information = stat()
        if stat(input, &information) == 0, information.st_dev == target.st_dev, information.st_ino == target.st_ino {
          return "'-o \(output)' would overwrite the input '\(input)'"
        }
      }
      let lowered = output.lowercased()
      if lowered.hasSuffix(".plan") || lowered.hasSuffix(".verify") {
        return "'-o \(output)' would overwrite a plan file"
      }
    }
    let lowered = output.lowercased()
    guard lowered.hasSuffix(".json") || lowered.hasSuffix(".csv") else { return nil }
    let folder = output.contains("/") ? String(output[..<(output.lastIndex(of: "/") ?? output.endIndex)]) : "."
    var parent = stat()
    guard stat(folder.isEmpty ? "/" : folder, &parent) == 0 else { return nil }
    for input in inputs {
      var information = stat()
      guard stat(input, &information) == 0, (information.st_mode & S_IFMT) == S_IFDIR else { continue }
      if parent.st_dev == information.st_dev, parent.st_ino == information.st_ino {
        return "'-o \(output)' is a status file in the input folder '\(input)', which a check reads"
      }
    }
    return nil
  }

  /// Streams what `body` writes to `path` when given (atomically), else to the console through a
  /// fixed buffer; returns the exit code to use when the write fails (2), or `nil` when it succeeded.
  static func deliver(
    to path: String?, console: Console, command: String, _ body: (OutputSink) -> Void
  ) -> Int32? {
    guard let path, path != "-" else {
      let sink = OutputSink { chunk in
        console.write(String(decoding: chunk, as: UTF8.self))
        return nil
      }
      body(sink)
      sink.flush()
      return nil
    }
    do {
      try write(to: path, body)
      return nil
    } catch {
      console.writeError("karta \(command): \(error.message)\n")
      return Karta.ExitCode.badInput
    }
  }

  /// Writes `text` to `path` when given, else to the console; returns the exit code to use when
  /// the write fails (2), or `nil` when it succeeded.
  static func deliver(_ text: String, to path: String?, console: Console, command: String) -> Int32? {
    guard let path, path != "-" else {
      console.write(text)
      return nil
    }
    do {
      try write(text, to: path)
      return nil
    } catch {
      console.writeError("karta \(command): \(error.message)\n")
      return Karta.ExitCode.badInput
    }
  }
}
