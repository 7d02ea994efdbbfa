import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Input files are regular files. A named pipe, a socket or a device given as a plan or a status
/// file would block the read forever (or never end), so it is refused before it is opened.
public enum RegularFile {
  /// Why `path` cannot be read as a file — missing, a directory, not a regular file, a loop of
  /// symbolic links — or `nil` when it is a regular file. Checked with `stat`, which does not block.
  public static func problem(at path: String) -> String? {
    var information = stat()
    guard stat(path, &information) == 0 else {
      return errno == ENOENT ? "no such file" : String(cString: strerror(errno)).lowercased()
    }
    switch information.st_mode & S_IFMT {
    case S_IFREG: return nil
    case S_IFDIR: return "it is a directory"
    default: return "it is not a regular file (a pipe, a socket or a device)"
    }
  }

  /// The contents of the regular file at `path`, or `nil` when it is not one or cannot be read.
  public static func contents(atPath path: String) -> Data? {
    problem(at: path) == nil ? FileManager.default.contents(atPath: path) : nil
  }
}
