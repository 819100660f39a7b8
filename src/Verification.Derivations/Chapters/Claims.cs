using Verification.Symbolic.Claims;
using Verification.Symbolic.Expressions;
using Verification.Symbolic.Parsing;

namespace Verification.Derivations.Chapters;

/// <summary>
/// Builds the catalog's expressions and claims from claim-language text, so an entry reads like the
/// mathematics it states. A text that does not parse is an authoring error: it throws at load time
/// (and a test loads the whole catalog).
/// </summary>
internal static class Claims
{
    public static Expr Expression(string text) => ClaimParser.ParseExpression(text).GetValueOrThrow();

    public static IdentityClaim Identity(string text) =>
        ClaimParser.Parse(text).GetValueOrThrow() as IdentityClaim
        ?? throw new ArgumentException($"'{text}' is not a single identity", nameof(text));

    public static CheckedClaim Claim(string text, string explanation) => new(text, explanation);

    /// <summary>One claim per n = 2..8, each explained as "n = 3" and so on.</summary>
    public static ImmutableArray<CheckedClaim> ForEachSize(Func<int, string> text) =>
        [.. ClaimTexts.CatalogSizes.Select(n => new CheckedClaim(text(n), $"n = {n}"))];

    public static DerivationStep Step(string expression, string rule, string explanation) =>
        new(Expression(expression), rule, explanation);
}
