using Verification.Symbolic;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Printing;

namespace Verification.Cli.Check;

/// <summary>
/// The claim typeset by <see cref="LatexPrinter"/>, when it parsed. A family shows one instance (the
/// failing one, else the first) rather than every instance: a 64-row block helps nobody.
/// </summary>
internal static class ClaimLatex
{
    /// <summary>The caption (which instance, for a family) and the LaTeX, or null for a malformed claim.</summary>
    public static (string? Caption, string Latex)? Of(ClaimReport report) => report.Result switch
    {
        IdentityChecked identity => (null, LatexPrinter.Print(identity.Claim)),
        EquivalenceChecked equivalence => (null, LatexPrinter.Print(equivalence.Claim)),
        GeneralChecked general => (null, LatexPrinter.Print(general.Claim)),
        FamilyChecked family => Instance(family.Culprit ?? family.Family.Instances[0], family.Family.Instances.Count),
        _ => null,
    };

    private static (string?, string) Instance(ClaimInstance instance, int count) =>
        ($"instance {VerdictDescription.Indices(instance)} of {count}", LatexPrinter.Print(instance.Claim));
}
