package vn.parindex.round;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.account.Access;
import vn.parindex.account.Actor;
import vn.parindex.input.Attachment;
import vn.parindex.input.NotFoundException;
import vn.parindex.task.EvidenceUploads;

/** A unit's evidence documents: uploaded once with their number, date, issuer and title. */
@RestController
@RequestMapping("/api/v1/evidence")
@Access(RoundAccess.class)
class EvidenceApi {

  private final EvidenceDocuments documents;
  private final EvidenceLibrary library;
  private final EvidenceUploads uploads;
  private final RoundLoader loader;
  private final RoundAccess access;
  private final Clock clock;

  EvidenceApi(
      EvidenceDocuments documents,
      EvidenceLibrary library,
      EvidenceUploads uploads,
      RoundLoader loader,
      RoundAccess access,
      Clock clock) {
    this.documents = documents;
    this.library = library;
    this.uploads = uploads;
    this.loader = loader;
    this.access = access;
    this.clock = clock;
  }

  /** The document belongs to {@code unit} (a code), by default the uploader's own unit. */
  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<EvidenceDocuments.Document> upload(
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String number,
      @RequestParam(required = false) String date,
      @RequestParam(required = false) String issuer,
      @RequestParam(required = false) String title)
      throws IOException {
    long unitId = unit == null || unit.isBlank() ? access.user().unitId() : loader.unit(unit).id();
    EvidenceLibrary.Kept kept =
        library.upload(
            unitId,
            file.getOriginalFilename(),
            file.getBytes(),
            number,
            date,
            issuer,
            title,
            Actor.now(access.user(), clock));
    // the same file with the same number again: the document already stored, 200 instead of 201
    URI location = URI.create("/api/v1/evidence/" + kept.id());
    return (kept.existing()
            ? ResponseEntity.ok().location(location)
            : ResponseEntity.created(location))
        .body(documents.find(kept.id()).orElseThrow());
  }

  @GetMapping("/{id}")
  EvidenceDocuments.Document get(@PathVariable long id) {
    return find(id);
  }

  @GetMapping("/{id}/file")
  ResponseEntity<byte[]> file(@PathVariable long id) {
    EvidenceDocuments.Document document = find(id);
    byte[] content = uploads.read(documents.sha256(id).orElseThrow());
    return Attachment.of(
        document.fileName(), MediaType.parseMediaType(document.contentType()), content);
  }

  private EvidenceDocuments.Document find(long id) {
    EvidenceDocuments.Document document =
        documents.find(id).orElseThrow(() -> new NotFoundException("round.evidence.notFound", id));
    try {
      access.checkRead(document.unitId());
    } catch (NotFoundException e) {
      throw new NotFoundException("round.evidence.notFound", id);
    }
    return document;
  }
}
