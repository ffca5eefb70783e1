package vn.parindex.task.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.task.EvidenceMeta;
import vn.parindex.task.FileUpload;

/** Multipart files (empty file inputs skipped) as uploads carrying one set of metadata. */
final class Uploads {

  private Uploads() {}

  static List<FileUpload> of(
      List<MultipartFile> files, String number, LocalDate date, String issuer, String title) {
    List<FileUpload> out = new ArrayList<>();
    if (files == null) {
      return out;
    }
    EvidenceMeta meta = new EvidenceMeta(number, date, issuer, title);
    for (MultipartFile file : files) {
      if (file == null
          || (file.isEmpty()
              && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty()))) {
        continue;
      }
      try {
        out.add(new FileUpload(file.getOriginalFilename(), file.getBytes(), meta));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }
}
