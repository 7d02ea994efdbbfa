extension DiagnosticID {
  /// The file could not be opened or read.
  public static let fileUnreadable: DiagnosticID = "file.unreadable"
  /// The file is not valid UTF-8.
  public static let fileInvalidUTF8: DiagnosticID = "file.invalid-utf8"
  /// The file holds control characters, as binary files do.
  public static let fileBinary: DiagnosticID = "file.binary"
  /// The file holds nothing but white space.
  public static let fileEmpty: DiagnosticID = "file.empty"
  /// The file is larger than Karta reads.
  public static let fileTooLarge: DiagnosticID = "file.too-large"

  /// A line at the left margin that starts with a word that is no declaration keyword.
  public static let unknownKeyword: DiagnosticID = "syntax.unknown-keyword"
  /// A property line whose keyword the enclosing block does not have.
  public static let unknownProperty: DiagnosticID = "syntax.unknown-property"
  /// A keyword not followed by ':'.
  public static let missingColon: DiagnosticID = "syntax.missing-colon"
  /// A declaration or property with nothing after ':'.
  public static let missingValue: DiagnosticID = "syntax.missing-value"
  /// A declaration without the identifier it needs (`item : …`).
  public static let missingIdentifier: DiagnosticID = "syntax.missing-id"
  /// A property that needs an argument (`member ID:`, `target ID:`) written without one.
  public static let missingArgument: DiagnosticID = "syntax.missing-argument"
  /// A property that takes no argument written with one, or an identifier with stray characters.
  public static let unexpectedArgument: DiagnosticID = "syntax.unexpected-argument"
  /// Text at the left margin that is neither a declaration nor a comment.
  public static let unexpectedText: DiagnosticID = "syntax.unexpected-text"
  /// A property or continuation line before the first declaration.
  public static let outsideBlock: DiagnosticID = "syntax.outside-block"
  /// A property that may appear once given twice in one block.
  public static let duplicateProperty: DiagnosticID = "syntax.duplicate-property"
}
