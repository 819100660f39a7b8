using Verification.Documents.Examples;

namespace Verification.Documents.Sections;

/// <summary>
/// A result stated as identities (often one per n = 2..8): the first typeset, all of them in a
/// verdict table, and both sides of the first evaluated at a small point.
/// </summary>
internal static class IdentityEntrySection
{
    /// <summary>Up to this many claims are all typeset; beyond it only the first (the others differ in n).</summary>
    private const int TypesetAll = 3;

    public static void Write(MarkdownWriter markdown, IdentityEntryReport report)
    {
        var claims = report.Identities.Claims;
        var instances = claims.Sum(static c => ClaimMath.InstanceCount(c.Claim));
        var proved = report.Results.Count(Outcomes.IsProved);
        EntryHeading.Write(
            markdown,
            report,
            $"The engine proves {Numbers.Whole(proved)} of {VerdictText.Plural(claims.Length, "claim", "claims")} ({VerdictText.Plural(instances, "identity", "identities")} in all).");

        var shown = claims.Length <= TypesetAll ? claims.Length : 1;
        for (var k = 0; k < shown; k++)
        {
            var typeset = ClaimMath.Of(claims[k].Claim);
            markdown.Paragraph(typeset.Caption is null ? $"{claims[k].Explanation}:" : $"{claims[k].Explanation}, {typeset.Caption}:")
                .Display(typeset.Latex);
        }

        markdown.Table(
            ["claim", "identities", "verdict"],
            "lrl",
            claims.Select((claim, k) => (IReadOnlyList<string>)[claim.Explanation, Numbers.Whole(ClaimMath.InstanceCount(claim.Claim)), VerdictText.Short(report.Results[k])]));
        IdentityExample.Write(markdown, claims[0].Claim, "Both sides of the first claim agree");
    }
}
