package dev.codebook.processor.parse;

import dev.codebook.processor.diag.Message;
import dev.codebook.processor.model.Named;
import dev.codebook.processor.model.Param;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a code's parameters and checks them against the placeholders of each of its texts, message
 * and advice, original and translated; reports on the exact placeholder. Part of the parse stage,
 * for {@link CodeReader}. A mistake is reported once: a parameter declared wrongly, or a text that
 * does not parse, is not reported again at each placeholder that depends on it.
 */
final class ParamReader {
  /** Most parameter slots of a typed factory: a method takes 255, {@code long} and {@code double} two each. */
  static final int MAX_PARAMETER_SLOTS = 254;

  private final YamlNodes nodes;
  private final SourceText source;

  ParamReader(YamlNodes nodes, SourceText source) {
    this.nodes = nodes;
    this.source = source;
  }

  /**
   * The code's parameters: declared under {@code params} (name to type, in argument order), else each
   * distinct placeholder of the message, as {@code String}, in order of first use. Every text's
   * placeholders must be parameters; a translation's must be its original's, in any order.
   */
  List<Param> read(YamlNodes.Mapping map, String label, CodeReader.Texts base,
      Map<String, CodeReader.Texts> translations) {
    Set<String> rejected = new LinkedHashSet<>();
    boolean isDeclared = map.get("params").filter(value -> !YamlNodes.isNull(value)).isPresent();
    Optional<List<Param>> read = declaredParams(map, label, rejected);
    List<Param> declared = read.orElse(List.of());
    Optional<Template> message = template(base.messageNode(), base.text().get().message(), "the message of " + label);
    Optional<Template> advice = base.text().get().advice()
        .flatMap(text -> template(base.adviceNode(), text, "the advice of " + label));
    // Reported already, so not again as each placeholder: parameters whose declaration is wrong, and any
    // placeholder at all when the parameters could not be read or, undeclared, come from a message that
    // does not parse.
    boolean anyName = (isDeclared && read.isEmpty()) || (!isDeclared && message.isEmpty());
    Predicate<String> excused = anyName ? name -> true : rejected::contains;
    boolean allParsed = message.isPresent() && (base.text().get().advice().isEmpty() || advice.isPresent());
    List<Param> params = new ArrayList<>(declared);
    if (!isDeclared && message.isPresent()) {
      for (Template.Placeholder placeholder : message.get().placeholders()) {
        if (params.stream().noneMatch(param -> param.name().name().equals(placeholder.name()))) {
          params.add(new Param(new Named(placeholder.name(), source.find(base.messageNode().get(),
              "{" + placeholder.name() + "}", 0)), Param.Type.STRING));
        }
      }
    }
    int slots = params.stream().mapToInt(param -> param.type() == Param.Type.LONG || param.type() == Param.Type.DOUBLE
        ? 2 : 1).sum();
    if (slots > MAX_PARAMETER_SLOTS) {
      nodes.problem(Message.BAD_PARAM, map.get("params").orElse(base.messageNode().orElseThrow()),
          params.get(0).name().name() + ", ...", label.substring("code ".length()), "are more than a Java method takes: "
              + slots + " slots, at most " + MAX_PARAMETER_SLOTS + " (long and double take two)");
      return List.of();
    }
    Set<String> names = new LinkedHashSet<>();
    params.forEach(param -> names.add(param.name().name()));
    Set<String> used = new LinkedHashSet<>();
    message.ifPresent(template -> checkPlaceholders(template, base.text().get().message(), base.messageNode().get(),
        "the message of " + label, label, names, excused, used));
    advice.ifPresent(template -> checkPlaceholders(template, base.text().get().advice().orElseThrow(),
        base.adviceNode().get(), "the advice of " + label, label, names, excused, used));
    for (Map.Entry<String, CodeReader.Texts> translation : translations.entrySet()) {
      CodeReader.Texts texts = translation.getValue();
      String language = translation.getKey();
      String where = "the '" + language + "' message of " + label;
      Optional<Template> translatedMessage = template(texts.messageNode(), texts.text().get().message(), where);
      allParsed &= translatedMessage.isPresent();
      translatedMessage.ifPresent(translated -> {
        checkPlaceholders(translated, texts.text().get().message(), texts.messageNode().get(), where, label, names,
            excused, used);
        message.filter(original -> allKnown(original, names, excused) && allKnown(translated, names, excused))
            .ifPresent(original ->
            samePlaceholders(translated, original, texts.messageNode().get(), where, "the message"));
      });
      Optional<String> adviceText = texts.text().get().advice();
      if (adviceText.isPresent()) {
        String adviceWhere = "the '" + language + "' advice of " + label;
        Optional<Template> translatedAdvice = template(texts.adviceNode(), adviceText.get(), adviceWhere);
        allParsed &= translatedAdvice.isPresent();
        translatedAdvice.ifPresent(translated -> {
          checkPlaceholders(translated, adviceText.get(), texts.adviceNode().get(), adviceWhere, label, names,
              excused, used);
          advice.filter(original -> allKnown(original, names, excused) && allKnown(translated, names, excused))
              .ifPresent(original ->
              samePlaceholders(translated, original, texts.adviceNode().get(), adviceWhere, "the advice"));
        });
      }
    }
    // A text that does not parse may use any parameter: unused only when every text was read.
    for (Param param : allParsed ? declared : List.<Param>of()) {
      if (!used.contains(param.name().name())) {
        nodes.problemAt(Message.UNUSED_PARAM, param.name().position(),
            param.name().name(), label.substring("code ".length()));
      }
    }
    return params;
  }

  /**
   * The parameters a code declares (none when it declares none), or empty when {@code params} is not a
   * mapping; the names of parameters reported as wrongly declared go into {@code rejected}.
   */
  private Optional<List<Param>> declaredParams(YamlNodes.Mapping map, String label, Set<String> rejected) {
    List<Param> params = new ArrayList<>();
    Optional<Node> given = map.get("params").filter(value -> !YamlNodes.isNull(value));
    if (given.isEmpty()) {
      return Optional.of(params);
    }
    Optional<YamlNodes.Mapping> mapping = nodes.mapping(given.get(), "'params' of " + label);
    mapping.ifPresent(declared -> {
          for (String name : declared.keys()) {
            Node key = declared.keyNode(name);
            Node value = declared.get(name).orElseThrow();
            if (!Template.PARAMETER_NAME.matcher(name).matches() || javax.lang.model.SourceVersion.isKeyword(name)) {
              nodes.problem(Message.BAD_PARAM, key, name, label.substring("code ".length()),
                  "is not a parameter name: a Java identifier starting with a lower-case letter, not a keyword");
              rejected.add(name);
              continue;
            }
            Optional<Param.Type> type = nodes.text(value, "the type of parameter '" + name + "' of " + label)
                .flatMap(typeName -> {
                  Optional<Param.Type> parsed = Param.Type.fromYaml(typeName);
                  if (parsed.isEmpty()) {
                    nodes.problem(Message.BAD_PARAM, value, name, label.substring("code ".length()),
                        "has type '" + typeName + "', not one of String, int, long, double, boolean, Object");
                  }
                  return parsed;
                });
            type.ifPresentOrElse(t -> params.add(new Param(new Named(name, nodes.position(key)), t)),
                () -> rejected.add(name));
          }
        });
    return mapping.map(declared -> params);
  }

  private Optional<Template> template(Optional<Node> node, String text, String where) {
    Template.Result parsed = Template.parse(text);
    parsed.error().ifPresent(error -> {
      String brace = text.substring(error.offset(), error.offset() + 1);
      int occurrence = occurrence(text, brace, error.offset());
      nodes.problemAt(Message.BAD_PLACEHOLDER,
          source.find(node.orElseThrow(), brace, occurrence), where, error.problem());
    });
    return parsed.template();
  }

  /** Reports each placeholder that is neither in {@code names} nor {@code excused}, reported already. */
  private void checkPlaceholders(Template template, String text, Node node, String where, String label,
      Set<String> names, Predicate<String> excused, Set<String> used) {
    for (Template.Placeholder placeholder : template.placeholders()) {
      String token = "{" + placeholder.name() + "}";
      // Counted over the whole text, as the source search counts: {{x}} holds the token {x} too.
      int occurrence = occurrence(text, token, placeholder.offset());
      used.add(placeholder.name());
      if (!names.contains(placeholder.name()) && !excused.test(placeholder.name())) {
        nodes.problemAt(Message.UNKNOWN_PLACEHOLDER,
            source.find(node, token, occurrence), placeholder.name(), where, label.substring("code ".length()),
            names.isEmpty() ? "none" : String.join(", ", names));
      }
    }
  }

  /**
   * Whether every placeholder of an original text is a parameter: when one is not (reported at it), a
   * translation that differs from it is not a second mistake, and is not compared.
   */
  private static boolean allKnown(Template template, Set<String> names, Predicate<String> excused) {
    return template.placeholders().stream().allMatch(p -> names.contains(p.name()) || excused.test(p.name()));
  }

  private void samePlaceholders(Template translated, Template original, Node node, String where, String originalWhat) {
    if (!translated.names().equals(original.names())) {
      nodes.problem(Message.TRANSLATION_PLACEHOLDERS, node, where, braces(translated.names()), originalWhat,
          braces(original.names()));
    }
  }

  private static String braces(Set<String> names) {
    return names.isEmpty() ? "none" : "{" + String.join("}, {", names) + "}";
  }

  /** Which occurrence (from 0) of {@code token} in {@code text} starts at {@code offset}. */
  private static int occurrence(String text, String token, int offset) {
    int count = 0;
    for (int at = text.indexOf(token); at >= 0 && at < offset; at = text.indexOf(token, at + token.length())) {
      count++;
    }
    return count;
  }
}
