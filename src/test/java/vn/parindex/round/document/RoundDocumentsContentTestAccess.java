package vn.parindex.round.document;

/** The Word text extraction of the content tests, for the API tests of the round package. */
public final class RoundDocumentsContentTestAccess {

  private RoundDocumentsContentTestAccess() {}

  public static String docx(byte[] bytes) throws Exception {
    return RoundDocumentsContentTest.docx(bytes);
  }
}
