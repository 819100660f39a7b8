using Verification.Symbolic.Claims;

namespace Verification.Documents.Examples;

/// <summary>Both sides of an identity (the first instance of a family) evaluated at a small point.</summary>
internal static class IdentityExample
{
    public static void Write(MarkdownWriter markdown, Claim claim, string sentence)
    {
        var identity = claim switch
        {
            IdentityClaim single => single,
            ClaimFamily family => family.Instances[0].Claim,
            _ => null,
        };
        if (identity is null)
        {
            return;
        }

        var point = WorkedPoint.For(identity.Left, identity.Right);
        markdown.Heading(3, "Worked example")
            .Paragraph($"{sentence} at {point.Latex} (10 significant digits, computed exactly and rounded):")
            .Table(["side", "value"], "lr", [["left-hand side", point.Evaluate(identity.Left)], ["right-hand side", point.Evaluate(identity.Right)]]);
    }
}
