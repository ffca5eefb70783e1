package vn.parindex.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EvidenceTypeTest {

  @Test
  void aPdfIsKnownByItsFirstBytesWhateverItsName() {
    byte[] pdf = "%PDF-1.4\n...".getBytes(StandardCharsets.US_ASCII);
    assertThat(EvidenceType.sniff("bao-cao.png", pdf)).contains(EvidenceType.PDF);
  }

  @Test
  void aWindowsOrLinuxProgramIsExecutable() {
    assertThat(EvidenceType.executable(new byte[] {'M', 'Z', (byte) 0x90, 0})).isTrue();
    assertThat(EvidenceType.executable(new byte[] {0x7F, 'E', 'L', 'F', 2})).isTrue();
    assertThat(EvidenceType.executable("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isFalse();
  }

  @Test
  void aZipIsAcceptedOnlyAsWordOrExcel() {
    byte[] zip = {'P', 'K', 3, 4, 0, 0};
    assertThat(EvidenceType.sniff("a.docx", zip)).contains(EvidenceType.DOCX);
    assertThat(EvidenceType.sniff("a.xlsx", zip)).contains(EvidenceType.XLSX);
    assertThat(EvidenceType.sniff("a.zip", zip)).isEmpty();
  }

  @Test
  void plainTextIsNotEvidence() {
    assertThat(EvidenceType.sniff("a.pdf", "hello".getBytes(StandardCharsets.UTF_8))).isEmpty();
  }

  @Test
  void aPhoneCameraPhotoIsAcceptedAsJpegOrHeicWhateverItsName() {
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 0};
    byte[] heic = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0};
    assertThat(EvidenceType.sniff("image.jpg", jpeg)).contains(EvidenceType.JPEG);
    assertThat(EvidenceType.sniff("IMG_0001.HEIC", heic)).contains(EvidenceType.HEIC);
    assertThat(EvidenceType.HEIC.mediaType()).isEqualTo("image/heic");
  }

  @Test
  void aVideoContainerIsNotAPhoto() {
    byte[] mp4 = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 0, 0};
    assertThat(EvidenceType.sniff("clip.heic", mp4)).isEmpty();
  }
}
