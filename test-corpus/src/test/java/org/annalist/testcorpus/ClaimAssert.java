package org.annalist.testcorpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.annalist.model.AnalyzedDocument;
import org.annalist.model.ChannelType;
import org.annalist.model.Claim;
import org.annalist.model.ClaimKind;
import org.annalist.model.ClaimLayer;
import org.annalist.model.ClaimParty;
import org.annalist.model.Entity;
import org.annalist.model.EntityLayer;
import org.annalist.model.Span;
import org.annalist.model.TemporalExpression;
import org.annalist.model.TimeLayer;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on the {@link ClaimLayer} of an analysed document. {@link #hasClaim()} starts
 * a selection of the document's claims and each {@code with…} narrows it, failing, with the
 * candidates it had and their actual values, when no claim is left:
 *
 * <pre>{@code
 * ClaimAssert.assertThat(document).hasClaim()
 *     .withContentContaining("You cannot insult the president of Colombia")
 *     .withKind(DIRECT).withSourceEntity("person:gustavo-petro")
 *     .withChannel(SOCIAL_MEDIA, "on X").withTime("Sunday");
 * }</pre>
 *
 * <p>Put the criterion that identifies the claim (its content) first, so that a later failure
 * shows that claim's actual source, cue, channel or time.
 */
final class ClaimAssert extends AbstractAssert<ClaimAssert, List<Claim>> {

  private final AnalyzedDocument document;
  private final String selection;

  private ClaimAssert(List<Claim> claims, AnalyzedDocument document, String selection) {
    super(claims, ClaimAssert.class);
    this.document = document;
    this.selection = selection;
  }

  /** Assertions on all the claims of {@code document}. */
  static ClaimAssert assertThat(AnalyzedDocument document) {
    Objects.requireNonNull(document, "document");
    return new ClaimAssert(document.expect(ClaimLayer.KEY).claims(), document,
        "a claim of " + document.id());
  }

  /** Starts a selection: the document has at least one claim. */
  ClaimAssert hasClaim() {
    isNotNull();
    if (actual.isEmpty()) {
      failWithMessage("expected %s but the document has no claims", selection);
    }
    return this;
  }

  /** Some content span of the claim contains {@code text}, which must occur in the document. */
  ClaimAssert withContentContaining(String text) {
    return narrowByContent("whose content contains \"" + text + "\"", text,
        c -> c.content().stream().anyMatch(s -> s.text().contains(text)));
  }

  /** The claim's content spans are exactly these texts, in order. */
  ClaimAssert withContent(String... spans) {
    List<String> expected = List.of(spans);
    return narrowByContent("with exactly the content spans " + quoted(expected), spans[0],
        c -> c.content().stream().map(Span::text).toList().equals(expected));
  }

  ClaimAssert withKind(ClaimKind kind) {
    return narrow("of kind " + kind, c -> c.kind() == kind, c -> c.kind());
  }

  /** The claim's source resolves to the entity {@code entityId}. */
  ClaimAssert withSourceEntity(String entityId) {
    return narrow("with a source resolved to " + entityId,
        c -> c.source() != null && entityId.equals(c.source().entityId()),
        c -> party(c.source()));
  }

  /** The claim's source span, as written, is {@code text}. */
  ClaimAssert withSourceText(String text) {
    return narrow("with the source \"" + text + "\"",
        c -> c.source() != null && c.source().span().text().equals(text),
        c -> party(c.source()));
  }

  /** The claim's addressee resolves to the entity {@code entityId}. */
  ClaimAssert withAddresseeEntity(String entityId) {
    return narrow("with an addressee resolved to " + entityId,
        c -> c.addressee() != null && entityId.equals(c.addressee().entityId()),
        c -> party(c.addressee()));
  }

  /** The claim's cue has the lexicon lemma {@code lemma}. */
  ClaimAssert withCue(String lemma) {
    return narrow("with the cue lemma \"" + lemma + "\"",
        c -> c.cue() != null && c.cue().lemma().equals(lemma),
        c -> c.cue() == null ? "no cue" : "\"" + c.cue().span().text() + "\" (" + c.cue().lemma()
            + ")");
  }

  /** The claim's channel is of {@code type} and stated by the words {@code text}. */
  ClaimAssert withChannel(ChannelType type, String text) {
    return narrow("with the channel " + type + " \"" + text + "\"",
        c -> c.channel() != null && c.channel().type() == type
            && c.channel().span().text().equals(text),
        c -> c.channel() == null ? "no channel"
            : c.channel().type() + " \"" + c.channel().span().text() + "\"");
  }

  /** The claim's time is an expression of the document's time layer that covers {@code text}. */
  ClaimAssert withTime(String text) {
    return narrow("with the time \"" + text + "\"",
        c -> c.time() != null && c.time() < expressions().size()
            && expressions().get(c.time()).span().text().equals(text),
        this::time);
  }

  /**
   * No claim is the quotation {@code quotation} alone: its content, without the punctuation and
   * spaces around it, is not the quotation's words.
   */
  ClaimAssert hasNoClaimMadeOf(String quotation) {
    isNotNull();
    String words = trim(quotation);
    List<Claim> alone = actual.stream()
        .filter(c -> trim(c.content().stream().map(Span::text).collect(Collectors.joining(" ")))
            .equals(words))
        .toList();
    if (!alone.isEmpty()) {
      failWithMessage("expected no claim of %s made of %s alone but found %s", document.id(),
          quotation, describe(alone));
    }
    return this;
  }

  /** Every span of every claim (content, source, addressee, cue, channel) matches the text. */
  ClaimAssert hasSpansMatchingTheText() {
    isNotNull();
    for (Claim claim : actual) {
      claim.spans().filter(s -> !s.matches(document.text())).forEach(s ->
          failWithMessage("%s: span %s of claim %s does not match the text", document.id(), s,
              describe(claim)));
    }
    return this;
  }

  /** Claims of the article's own reporting have no source, cue, channel or addressee. */
  ClaimAssert hasArticleClaimsWithoutParties() {
    isNotNull();
    for (Claim claim : actual) {
      if (claim.kind() == ClaimKind.REPORTED_BY_ARTICLE && (claim.source() != null
          || claim.cue() != null || claim.channel() != null || claim.addressee() != null)) {
        failWithMessage("%s: the article's own claim %s has a party or a cue", document.id(),
            describe(claim));
      }
    }
    return this;
  }

  /** Every claim's time is an index of the document's time layer. */
  ClaimAssert hasTimesInTheTimeLayer() {
    isNotNull();
    int size = expressions().size();
    for (Claim claim : actual) {
      if (claim.time() != null && (claim.time() < 0 || claim.time() >= size)) {
        failWithMessage("%s: claim %s has the time %s but the time layer has %s expressions",
            document.id(), describe(claim), claim.time(), size);
      }
    }
    return this;
  }

  /** Every resolved source and addressee names an entity of the document's entity layer. */
  ClaimAssert hasPartiesAmongTheEntities() {
    isNotNull();
    Set<String> ids = document.expect(EntityLayer.KEY).entities().stream().map(Entity::id)
        .collect(Collectors.toSet());
    for (Claim claim : actual) {
      for (ClaimParty party : Arrays.asList(claim.source(), claim.addressee())) {
        if (party != null && party.entityId() != null && !ids.contains(party.entityId())) {
          failWithMessage("%s: claim %s names the entity %s, which the entity layer lacks",
              document.id(), describe(claim), party.entityId());
        }
      }
    }
    return this;
  }

  /** The claims are ordered by their first content span, and no two start with the same one. */
  ClaimAssert isOrderedWithoutDuplicates() {
    isNotNull();
    Comparator<Claim> byFirstSpan = Comparator.comparing(c -> c.content().get(0));
    Set<Span> firsts = new HashSet<>();
    for (int i = 0; i < actual.size(); i++) {
      Claim claim = actual.get(i);
      if (i > 0 && byFirstSpan.compare(actual.get(i - 1), claim) > 0) {
        failWithMessage("%s: claim %s follows %s", document.id(), describe(claim),
            describe(actual.get(i - 1)));
      }
      if (!firsts.add(claim.content().get(0))) {
        failWithMessage("%s: two claims start with the content %s", document.id(),
            claim.content().get(0));
      }
    }
    return this;
  }

  private ClaimAssert narrow(String criterion, Predicate<Claim> test,
      Function<Claim, Object> actualValue) {
    isNotNull();
    List<Claim> left = actual.stream().filter(test).toList();
    if (left.isEmpty()) {
      List<String> values = actual.stream()
          .map(c -> "\n  " + actualValue.apply(c) + " in " + describe(c)).toList();
      failWithMessage("expected %s %s, but none is; the candidates have:%s", selection, criterion,
          String.join("", values));
    }
    return new ClaimAssert(left, document, selection + " " + criterion);
  }

  /** Narrows by content; on failure, shows the claims whose content overlaps {@code located}. */
  private ClaimAssert narrowByContent(String criterion, String located, Predicate<Claim> test) {
    isNotNull();
    int at = document.text().indexOf(located);
    if (at < 0) {
      throw new IllegalArgumentException(
          "the test is wrong: \"" + located + "\" does not occur in " + document.id());
    }
    List<Claim> left = actual.stream().filter(test).toList();
    if (left.isEmpty()) {
      int end = at + located.length();
      List<Claim> overlapping = actual.stream()
          .filter(c -> c.content().stream().anyMatch(s -> s.begin() < end && at < s.end()))
          .toList();
      failWithMessage("expected %s %s, but none is; %s", selection, criterion,
          overlapping.isEmpty()
              ? "no claim's content overlaps \"" + located + "\" at " + at
              : "the claims whose content overlaps [" + at + ", " + end + ") are:"
                  + describe(overlapping));
    }
    return new ClaimAssert(left, document, selection + " " + criterion);
  }

  private List<TemporalExpression> expressions() {
    return document.expect(TimeLayer.KEY).expressions();
  }

  private String time(Claim c) {
    if (c.time() == null) {
      return "no time";
    }
    return c.time() < expressions().size()
        ? "time " + c.time() + " \"" + expressions().get(c.time()).span().text() + "\""
        : "time " + c.time() + " (outside the time layer)";
  }

  private static String party(ClaimParty party) {
    if (party == null) {
      return "none";
    }
    return "\"" + party.span().text() + "\" -> " + party.entityId() + " (" + party.resolution()
        + ", " + party.rule() + ")";
  }

  private String describe(List<Claim> claims) {
    return claims.stream().map(c -> "\n  " + describe(c)).collect(Collectors.joining());
  }

  /** One line with every part of the claim. */
  private String describe(Claim c) {
    List<String> parts = new ArrayList<>();
    parts.add(c.kind().toString());
    parts.add("content " + quoted(c.content().stream().map(Span::text).toList()));
    parts.add("source " + party(c.source()));
    if (c.addressee() != null) {
      parts.add("addressee " + party(c.addressee()));
    }
    parts.add(c.cue() == null ? "no cue" : "cue \"" + c.cue().span().text() + "\"");
    if (c.channel() != null) {
      parts.add("channel " + c.channel().type() + " \"" + c.channel().span().text() + "\"");
    }
    parts.add(time(c));
    parts.add("rule " + c.provenance().rule());
    return "{" + String.join(", ", parts) + "}";
  }

  private static String quoted(List<String> texts) {
    return texts.stream().map(t -> "\"" + t + "\"").collect(Collectors.joining(", ", "[", "]"));
  }

  /** The text without the characters other than letters and digits at either end. */
  private static String trim(String text) {
    int begin = 0;
    int end = text.length();
    while (begin < end && !Character.isLetterOrDigit(text.charAt(begin))) {
      begin++;
    }
    while (end > begin && !Character.isLetterOrDigit(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(begin, end);
  }
}
