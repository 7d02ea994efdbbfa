import KartaLanguage

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a whole file with one open, one stat and as few reads as it takes: at 40,000 status
/// files the system calls of a general-purpose API add up.
enum FileBytes {
  static func read(_ path: String, limit: Int) -> Result<[UInt8], FileProblem> {
    if path == StatusReader.standardInput { return readAll(STDIN_FILENO, limit: limit) }
    // A named pipe would block `open` until something writes to it: refuse what is not a file.
    if let problem = RegularFile.problem(at: path) { return .failure(problem) }
    let descriptor = open(path, O_RDONLY | O_NONBLOCK)
    guard descriptor >= 0 else {
      return .failure(errno == ENOENT ? .missing : .unreadable(String(cString: strerror(errno))))
    }
    defer { close(descriptor) }
    var information = stat()
    guard fstat(descriptor, &information) == 0 else { return .failure(.unreadable(String(cString: strerror(errno)))) }
    if (information.st_mode & S_IFMT) == S_IFDIR { return .failure(.directory) }
    let size = Int(information.st_size)
    if size > limit { return .failure(.tooLarge(size: size, limit: limit)) }
    // Regular files report their size and are read in place; pipes and devices report 0 and are
    // read in chunks until they end.
    var bytes = [UInt8](unsafeUninitializedCapacity: max(size, 0)) { buffer, initialized in
      initialized = 0
      guard let base = buffer.baseAddress else { return }
      while initialized < size {
        let got = SystemCall.read(descriptor, base + initialized, size - initialized)
        if got < 0, errno == EINTR { continue }
        if got <= 0 { break }
        initialized += got
      }
    }
    if size == 0 {
      var chunk = [UInt8](repeating: 0, count: 1 << 16)
      while true {
        let got = chunk.withUnsafeMutableBytes { SystemCall.read(descriptor, $0.baseAddress, 1 << 16) }
        if got < 0, errno == EINTR { continue }
        if got <= 0 { break }
        bytes.append(contentsOf: chunk[0..<got])
        if bytes.count > limit { return .failure(.tooLarge(size: bytes.count, limit: limit)) }
      }
    }
    return .success(bytes)
  }

  /// Everything an open descriptor (standard input) gives until it ends, up to `limit` bytes.
  static func readAll(_ descriptor: Int32, limit: Int) -> Result<[UInt8], FileProblem> {
    var bytes: [UInt8] = []
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let got = chunk.withUnsafeMutableBytes { SystemCall.read(descriptor, $0.baseAddress, 1 << 16) }
      if got < 0, errno == EINTR { continue }
      if got < 0 { return .failure(.unreadable(String(cString: strerror(errno)))) }
      if got == 0 { break }
      bytes.append(contentsOf: chunk[0..<got])
      if bytes.count > limit { return .failure(.tooLarge(size: bytes.count, limit: limit)) }
    }
    return .success(bytes)
  }
}
