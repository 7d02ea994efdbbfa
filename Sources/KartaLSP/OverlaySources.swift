import KartaPlan

/// Plan files as the editor sees them: the text of each open document (which may be unsaved),
/// and the disk for every other file. This is the loader's one seam to the server: the loader,
/// resolver and linter read through it exactly as `karta lint` reads the disk.
public struct OverlaySources: SourceProvider {
  /// The open documents' text, by normalised path.
  public var overlays: [String: [UInt8]]
  /// Where files that are not open come from.
  public var disk: any SourceProvider

  /// Creates a provider that prefers `overlays` (path → text) over `disk`.
  public init(overlays: [String: String], disk: any SourceProvider = FileSystemSources()) {
    var bytes: [String: [UInt8]] = [:]
    for (path, text) in overlays { bytes[PathArithmetic.normalize(path)] = Array(text.utf8) }
    self.overlays = bytes
    self.disk = disk
  }

  public func read(_ path: String) -> Result<[UInt8], SourceReadError> {
    if let text = overlays[PathArithmetic.normalize(path)] { return .success(text) }
    return disk.read(path)
  }

  public func resolvedPath(_ path: String) -> String { disk.resolvedPath(path) }
}
