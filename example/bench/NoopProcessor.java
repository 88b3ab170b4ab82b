import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The compile-cost script's baseline: a processor that claims {@code @Codebook} and does nothing, so
 * that javac runs annotation processing as it does with Codebook, on sources already generated.
 * Codebook's own work is the difference between the two compiles.
 */
@SupportedAnnotationTypes("dev.codebook.Codebook")
public final class NoopProcessor extends AbstractProcessor {
  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }
}
