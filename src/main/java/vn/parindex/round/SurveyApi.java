package vn.parindex.round;

import java.io.IOException;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.parindex.account.Access;
import vn.parindex.account.Actor;

/** A round's survey points over REST: import a survey tool's file, read the last import. */
@RestController
@RequestMapping("/api/v1/rounds/{id}/survey")
@Access(RoundAccess.class)
class SurveyApi {

  private final RoundLoader loader;
  private final SurveyImport imports;
  private final SurveySheet sheet;
  private final RoundAccess access;
  private final Clock clock;

  SurveyApi(
      RoundLoader loader,
      SurveyImport imports,
      SurveySheet sheet,
      RoundAccess access,
      Clock clock) {
    this.loader = loader;
    this.imports = imports;
    this.sheet = sheet;
    this.access = access;
    this.clock = clock;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  SurveyImport.Result upload(
      @PathVariable long id,
      @RequestParam("file") MultipartFile file,
      @RequestParam(required = false) Integer version)
      throws IOException {
    access.checkOpen(loader.round(id).parentUnitId());
    Actor by = Actor.now(access.user(), clock);
    return imports.importFile(
        id, file.getOriginalFilename(), file.getBytes(), version, by, by.day(clock));
  }

  /** The units the reader may see (a commune its own row); 404 when none. */
  @GetMapping
  SurveySheet.SurveyBlock get(@PathVariable long id) {
    return sheet.block(id);
  }
}
