import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes the synthetic catalogs of the benchmarks and of the compile-cost script, and a protobuf
 * enum with the same names and numbers. JDK only: run it as {@code java Gen.java ...}.
 *
 * <pre>
 * java Gen.java catalog FILE NAME DOMAINS CODES   # a catalog of DOMAINS domains of CODES codes each
 * java Gen.java proto FILE CODES                  # edition 2024 large_enum BigNumber: domain 0's codes
 * java Gen.java floor DIR CODES                   # FloorCode: domain 0's constants and nothing else
 * </pre>
 *
 * <p>The shape is what a real catalog of that size looks like: a success code 0, codes grouped by
 * subsystem in blocks of 10,000 with irregular gaps (mostly 1, sometimes 2 to 20, now and then 100),
 * a block of negative codes, names of three or four words, an English message for every code and
 * advice for most, a Chinese translation of most messages, exception groups for some subsystems,
 * aliases for about 1% of codes and a few deprecated codes. The same arguments always give the same
 * bytes (a fixed seed), so the catalog and the .proto agree on every name and number.
 */
public final class Gen {
  private static final String[] AREAS = {
    "ACCOUNT", "AUTH", "BILLING", "CACHE", "CATALOG", "CHECKOUT", "CONFIG", "DEVICE", "EXPORT",
    "GATEWAY", "IMPORT", "INVENTORY", "LEDGER", "MEDIA", "MESSAGE", "NETWORK", "ORDER", "PAYMENT",
    "PROFILE", "QUOTA", "REPORT", "SEARCH", "SESSION", "STORAGE", "SYNC"};
  private static final String[] AREAS_ZH = {
    "账户", "认证", "计费", "缓存", "目录", "结算", "配置", "设备", "导出", "网关", "导入", "库存", "账本",
    "媒体", "消息", "网络", "订单", "支付", "资料", "配额", "报表", "搜索", "会话", "存储", "同步"};
  private static final String[] PARTS = {
    "API", "BATCH", "CLIENT", "CORE", "EDGE", "FEED", "INDEX", "JOB", "LINK", "NODE", "POOL", "PROXY",
    "QUEUE", "RELAY", "ROUTER", "SERVER", "SHARD", "STORE", "STREAM", "WORKER"};
  private static final String[] PARTS_ZH = {
    "接口", "批处理", "客户端", "核心", "边缘", "推送", "索引", "任务", "链路", "节点", "连接池", "代理",
    "队列", "中继", "路由", "服务器", "分片", "存储区", "数据流", "工作进程"};
  private static final String[] OBJECTS = {
    "TOKEN", "KEY", "CERT", "USER", "GROUP", "ROLE", "FILE", "RECORD", "FIELD", "REQUEST", "RESPONSE",
    "HEADER", "BODY", "SCHEMA", "VERSION", "LOCK", "LEASE", "SLOT", "CHANNEL", "TOPIC", "PLAN", "RULE",
    "LIMIT", "REGION", "ZONE", "HOST", "PORT", "ADDRESS", "CURRENCY", "AMOUNT"};
  private static final String[] OBJECTS_ZH = {
    "令牌", "密钥", "证书", "用户", "用户组", "角色", "文件", "记录", "字段", "请求", "响应", "请求头", "请求体",
    "模式", "版本", "锁", "租约", "槽位", "通道", "主题", "套餐", "规则", "限额", "地域", "可用区", "主机", "端口",
    "地址", "币种", "金额"};
  /** Problem, its kind, its English phrase, its Chinese phrase, and advice (English, Chinese) or null. */
  private static final String[][] PROBLEMS = {
    {"NOT_FOUND", "failure", "was not found", "不存在", "Check that it exists, then retry.", "请确认其存在后重试。"},
    {"EXPIRED", "failure", "has expired", "已过期", "Renew it and send the request again.", "请续期后重新发送请求。"},
    {"INVALID", "failure", "is invalid", "无效", "Check the value against the documentation.", "请对照文档检查取值。"},
    {"MISSING", "failure", "is missing", "缺失", "Add it to the request.", "请在请求中补充。"},
    {"TOO_LARGE", "failure", "is too large", "过大", "Split it into smaller parts.", "请拆分为更小的部分。"},
    {"LOCKED", "failure", "is locked by another operation", "已被其他操作锁定", "Wait a moment and retry.", "请稍后重试。"},
    {"DENIED", "failure", "was denied", "被拒绝", "Ask an administrator for the permission.", "请联系管理员授予权限。"},
    {"CONFLICT", "failure", "conflicts with an existing one", "与已有的冲突", null, null},
    {"TIMEOUT", "failure", "timed out", "超时", "Retry with a longer timeout.", "请增大超时时间后重试。"},
    {"UNAVAILABLE", "failure", "is temporarily unavailable", "暂时不可用", "Retry later, with backoff.", "请稍后退避重试。"},
    {"CORRUPTED", "failure", "is corrupted", "已损坏", "Restore it from a backup.", "请从备份恢复。"},
    {"UNSUPPORTED", "failure", "is not supported", "不受支持", null, null},
    {"QUOTA_EXCEEDED", "failure", "exceeded its quota", "超出配额", "Raise the quota or wait for the next period.", "请提高配额或等待下一周期。"},
    {"MISMATCH", "failure", "does not match", "不匹配", "Compare it with the one on record.", "请与已记录的值比对。"},
    {"REVOKED", "failure", "was revoked", "已被吊销", "Request a new one.", "请重新申请。"},
    {"RATE_LIMITED", "failure", "is rate limited", "被限流", "Slow down and retry.", "请降低频率后重试。"},
    {"BUSY", "failure", "is busy", "繁忙", "Retry later.", "请稍后重试。"},
    {"MALFORMED", "failure", "is malformed", "格式错误", "Fix its format.", "请修正格式。"},
    {"DEGRADED", "warning", "is degraded", "性能下降", "Watch it: it may fail soon.", "请关注：可能即将失败。"},
    {"NEAR_LIMIT", "warning", "is close to its limit", "接近上限", null, null},
    {"CREATED", "event", "was created", "已创建", null, null},
    {"UPDATED", "event", "was updated", "已更新", null, null},
    {"ACCEPTED", "success", "was accepted", "已接受", null, null},
    {"VERIFIED", "success", "was verified", "已验证", null, null},
    {"PENDING", "progress", "is pending", "处理中", "Poll again later.", "请稍后再次查询。"}};
  /** Areas whose failures throw their own exception class. */
  private static final Set<String> GROUPED = Set.of("AUTH", "BILLING", "NETWORK", "PAYMENT", "STORAGE", "SESSION");

  private Gen() {}

  public static void main(String[] args) throws IOException {
    if (args.length == 5 && args[0].equals("catalog")) {
      write(Path.of(args[1]), catalog(args[2], Integer.parseInt(args[3]), Integer.parseInt(args[4])));
    } else if (args.length == 3 && args[0].equals("proto")) {
      write(Path.of(args[1]), proto(Integer.parseInt(args[2])));
    } else if (args.length == 3 && args[0].equals("floor")) {
      floor(Path.of(args[1]), Integer.parseInt(args[2]));
    } else {
      System.err.println("usage: java Gen.java catalog FILE NAME DOMAINS CODES | proto FILE CODES | floor DIR CODES");
      System.exit(2);
    }
  }

  private static void write(Path file, String text) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.write(file, text.getBytes(StandardCharsets.UTF_8));
  }

  /** One code of a synthetic domain. */
  record Code(int value, String name, String kind, String message, String advice, String messageZh,
      String adviceZh, String group, String alias, boolean deprecated) {}

  /** Domain {@code d}'s codes: the same for the same arguments. */
  static List<Code> codes(String domain, int d, int count) {
    Random random = new Random(7_919L * (d + 1));
    List<Code> codes = new ArrayList<>(count);
    Set<String> names = new HashSet<>();
    codes.add(new Code(0, "OK", "success", "Success.", null, "成功。", null, null, null, false));
    names.add("OK");
    int negatives = count / 50;
    int perModule = 250;
    int module = 0;
    int value = 0;
    int inModule = perModule;
    boolean negativesDone = false;
    while (codes.size() < count) {
      if (!negativesDone && codes.size() >= count / 2) {
        // System-wide codes, as many SDKs have them: -1, -2, ... with a few gaps, in the middle of the list.
        int negative = 0;
        for (int i = 0; i < negatives && codes.size() < count; i++) {
          negative -= random.nextInt(10) == 0 ? 2 : 1;
          codes.add(code(random, names, domain, negative, "SYSTEM", "CORE", "系统", "核心"));
        }
        negativesDone = true;
        continue;
      }
      if (inModule == perModule) {
        module++;
        value = module * 10_000;
        inModule = 0;
      }
      int step = random.nextInt(100);
      value += step < 70 ? 1 : step < 85 ? 2 : step < 97 ? 5 + random.nextInt(16) : 100;
      int area = (module - 1) % AREAS.length;
      int part = ((module - 1) / AREAS.length) % PARTS.length;
      String partName = PARTS[part] + ((module - 1) >= AREAS.length * PARTS.length
          ? "_R" + ((module - 1) / (AREAS.length * PARTS.length)) : "");
      codes.add(code(random, names, domain, value, AREAS[area], partName, AREAS_ZH[area], PARTS_ZH[part]));
      inModule++;
    }
    return codes;
  }

  private static Code code(Random random, Set<String> names, String domain, int value, String area,
      String part, String areaZh, String partZh) {
    String name;
    int object;
    int problem;
    int tries = 0;
    do {
      object = random.nextInt(OBJECTS.length);
      problem = random.nextInt(PROBLEMS.length);
      name = area + "_" + part + "_" + OBJECTS[object] + "_" + PROBLEMS[problem][0];
      if (++tries > 50) {
        name += "_N" + names.size();
      }
    } while (!names.add(name));
    String[] p = PROBLEMS[problem];
    String where = lower(area) + " " + lower(part);
    String message = capital(lower(OBJECTS[object])) + " " + p[2] + " (" + where + ").";
    String messageZh = areaZh + partZh + "：" + OBJECTS_ZH[object] + p[3] + "。";
    boolean hasAdvice = p[4] != null && random.nextInt(10) < 7;
    String advice = hasAdvice ? p[4] : null;
    boolean translated = random.nextInt(10) < 9;
    String group = p[1].equals("failure") && GROUPED.contains(area) ? domain + capital(lower(area)) + "Exception" : null;
    String alias = random.nextInt(100) == 0 ? name + "_LEGACY" : null;
    if (alias != null && !names.add(alias)) {
      alias = null;
    }
    boolean deprecated = random.nextInt(200) == 0;
    return new Code(value, name, p[1], message, advice, translated ? messageZh : null,
        translated && hasAdvice && random.nextBoolean() ? p[5] : null, group, alias, deprecated);
  }

  private static String lower(String word) {
    return word.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  private static String capital(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static String domainName(int domains, int d) {
    return domains == 1 ? "Big" : String.format("Shard%02d", d + 1);
  }

  static String catalog(String name, int domains, int count) {
    StringBuilder yaml = new StringBuilder();
    yaml.append("# Generated by example/bench/Gen.java: ").append(domains).append(" domain(s) of ").append(count)
        .append(" codes. Do not edit: run the generator.\n");
    yaml.append("codebook: 1\nname: ").append(name).append("\ntitle: Synthetic catalog for benchmarks\n")
        .append("locale: en\ntranslations: [zh-CN]\ndomains:\n");
    for (int d = 0; d < domains; d++) {
      String domain = domainName(domains, d);
      yaml.append("\n  - name: ").append(domain).append("\n    title: ").append(quote("Domain " + domain))
          .append("\n    kind: failure\n    codes:\n");
      for (Code c : codes(domain, d, count)) {
        yaml.append("      - code: ").append(c.value).append('\n');
        yaml.append("        name: ").append(c.name).append('\n');
        if (!c.kind.equals("failure")) {
          yaml.append("        kind: ").append(c.kind).append('\n');
        }
        yaml.append("        message: ").append(quote(c.message)).append('\n');
        if (c.advice != null) {
          yaml.append("        advice: ").append(quote(c.advice)).append('\n');
        }
        if (c.messageZh != null) {
          yaml.append("        i18n: {zh-CN: {message: ").append(quote(c.messageZh));
          if (c.adviceZh != null) {
            yaml.append(", advice: ").append(quote(c.adviceZh));
          }
          yaml.append("}}\n");
        }
        if (c.alias != null) {
          yaml.append("        aliases: [").append(c.alias).append("]\n");
        }
        if (c.group != null) {
          yaml.append("        exception: ").append(c.group).append('\n');
        }
        if (c.deprecated) {
          yaml.append("        deprecated: ").append(quote("Superseded; see the current " + lower(c.name) + " code."))
              .append('\n');
        }
      }
    }
    return yaml.toString();
  }

  private static String quote(String text) {
    return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** The first domain's names and numbers (no aliases) as one edition 2024 enum with large_enum. */
  static String proto(int count) {
    StringBuilder proto = new StringBuilder();
    proto.append("// Generated by example/bench/Gen.java: the names and numbers of the Big domain of ")
        .append(count).append(" codes.\n");
    proto.append("edition = \"2024\";\n\npackage codebook.bench;\n\n")
        .append("import \"google/protobuf/java_features.proto\";\n\n")
        .append("option java_package = \"dev.codebook.bench.proto\";\n\n")
        .append("enum BigNumber {\n  option features.(pb.java).large_enum = true;\n");
    for (Code c : codes("Big", 0, count)) {
      proto.append("  ").append(c.name).append(" = ").append(c.value).append(";\n");
    }
    return proto.append("}\n").toString();
  }

  /** Names per constant part, as the processor's {@code Shapes.NAMES_PER_CONSTANT_PART}. */
  private static final int FLOOR_PART = 512;

  /**
   * The first domain's public constants as a hand-written class would declare them, and nothing else:
   * {@code FloorCode.NAME} and {@code FloorCode.NAME_VALUE} for every name and alias, in interfaces of
   * the same size as Codebook's parts, the constants first. Its {@code forCode} has no table. What a
   * cold JVM spends on its first {@code forCode} is what the API's declarations cost by themselves:
   * the floor under Codebook's first touch.
   */
  static void floor(Path dir, int count) throws IOException {
    Path pkg = dir.resolve("dev/codebook/bench/floor");
    List<String[]> names = new ArrayList<>();
    for (Code c : codes("Big", 0, count)) {
      names.add(new String[] {c.name, Integer.toString(c.value)});
      if (c.alias != null) {
        names.add(new String[] {c.alias, Integer.toString(c.value)});
      }
    }
    int parts = (names.size() + FLOOR_PART - 1) / FLOOR_PART;
    StringBuilder type = new StringBuilder();
    type.append("// Generated by example/bench/Gen.java. Do not edit: run the generator.\n")
        .append("package dev.codebook.bench.floor;\n\n")
        .append("/** The constants of the Big domain and nothing else: the floor of a first touch. */\n")
        .append("public final class FloorCode implements");
    for (int p = 0; p < parts; p++) {
      type.append(p == 0 ? " " : ", ").append("FloorCodePart").append(p);
    }
    type.append(" {\n  private final int code;\n\n  private FloorCode(int code) {\n    this.code = code;\n  }\n\n")
        .append("  static FloorCode at(int code) {\n    return new FloorCode(code);\n  }\n\n")
        .append("  /** No table: a constant for any value. */\n")
        .append("  public static FloorCode forCode(int code) {\n    return new FloorCode(code);\n  }\n\n")
        .append("  public int code() {\n    return code;\n  }\n}\n");
    write(pkg.resolve("FloorCode.java"), type.toString());
    for (int p = 0; p < parts; p++) {
      List<String[]> part = names.subList(p * FLOOR_PART, Math.min(names.size(), (p + 1) * FLOOR_PART));
      StringBuilder source = new StringBuilder();
      source.append("// Generated by example/bench/Gen.java. Do not edit: run the generator.\n")
          .append("package dev.codebook.bench.floor;\n\n/** Constants of {@link FloorCode}. */\n")
          .append("public interface FloorCodePart").append(p).append(" {\n");
      for (String[] name : part) {
        source.append("  FloorCode ").append(name[0]).append(" = FloorCode.at(").append(name[1]).append(");\n");
      }
      for (String[] name : part) {
        source.append("  int ").append(name[0]).append("_VALUE = ").append(name[1]).append(";\n");
      }
      write(pkg.resolve("FloorCodePart" + p + ".java"), source.append("}\n").toString());
    }
  }
}
