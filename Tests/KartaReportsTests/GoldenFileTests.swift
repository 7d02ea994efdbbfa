import KartaTestSupport
import Testing

/// Golden files are rewritten only on an explicit `UPDATE_GOLDEN=1`; any other value compares.
@Suite struct GoldenFileTests {
  @Test(arguments: [
    (["UPDATE_GOLDEN": "1"], true), (["UPDATE_GOLDEN": "0"], false), (["UPDATE_GOLDEN": ""], false),
    (["UPDATE_GOLDEN": "yes"], false), (["UPDATE_GOLDEN": "1 "], false), ([:], false),
  ])
  func onlyExactlyOneRewrites(_ environment: [String: String], rewrites: Bool) {
    #expect(GoldenFile.updating(in: environment) == rewrites)
  }

  @Test func theGoldenFolderIsBesideTheCallingTest() {
    #expect(GoldenFile.folder().path.hasSuffix("Tests/KartaReportsTests/Golden"))
  }
}
