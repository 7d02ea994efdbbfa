import Foundation
import KartaPlan

/// Conversions between the protocol's document URIs and the file paths the loader reads.
enum DocumentURI {
  /// The normalised path of a `file:` URI; any other URI (an unsaved buffer) stands for itself.
  static func path(of uri: String) -> String {
    guard uri.hasPrefix("file:"), let url = URL(string: uri), url.isFileURL else { return uri }
    let path = url.path
    return path.isEmpty ? uri : PathArithmetic.normalize(path)
  }

  /// The `file:` URI of an absolute path, its non-ASCII characters percent-encoded.
  static func uri(of path: String) -> String {
    guard path.hasPrefix("/") else { return path }
    return URL(fileURLWithPath: path).absoluteString
  }
}
