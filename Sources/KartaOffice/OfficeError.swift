/// Why an Office file (a ZIP package of XML parts) could not be read. Every case names the part
/// (the entry inside the package) where it could, so the message can say where to look.
public struct OfficeError: Error, Equatable, Sendable, CustomStringConvertible {
  /// What went wrong, as a value that callers and tests can match.
  public enum Kind: String, Sendable {
    /// The bytes are not a ZIP package at all.
    case notAPackage = "office.not-a-package"
    /// A password-protected Office file (an OLE compound file) or an encrypted ZIP entry.
    case encrypted = "office.encrypted"
    /// The package breaks one of the size limits (entries, sizes, compression ratio).
    case tooLarge = "office.too-large"
    /// An entry name that would leave the package's folder (`../`, `/etc`, `C:`).
    case unsafePath = "office.unsafe-path"
    /// The ZIP structure is damaged (offsets, checksums, truncated data).
    case damaged = "office.damaged"
    /// A compression method or ZIP feature Karta does not read.
    case unsupported = "office.unsupported"
    /// A part the format requires is missing.
    case missingPart = "office.missing-part"
    /// A part is not well-formed XML, or uses a DTD.
    case brokenXML = "office.broken-xml"
  }

  /// What went wrong.
  public var kind: Kind
  /// The entry of the package it concerns, when there is one.
  public var part: String?
  /// The explanation for people, lowercase, without a trailing period.
  public var message: String

  /// Creates an error.
  public init(_ kind: Kind, part: String? = nil, _ message: String) {
    self.kind = kind
    self.part = part
    self.message = message
  }

  /// The message, with the part it concerns.
  public var description: String {
    part.map { "\($0): \(message)" } ?? message
  }
}
