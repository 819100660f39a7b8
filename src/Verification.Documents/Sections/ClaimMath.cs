using Verification.Symbolic.Claims;

namespace Verification.Documents.Sections;

/// <summary>
/// A claim typeset by <see cref="LatexPrinter"/>. A <c>for</c> family is shown by its first
/// instance, with a caption naming the indices: the printer writes a family as a multi-line
/// <c>gathered</c> block, and a 64-row block helps no reader.
/// </summary>
internal static class ClaimMath
{
    /// <param name="Caption">Which instance is shown, for a family; null otherwise.</param>
    /// <param name="Latex">The formula.</param>
    public sealed record Typeset(string? Caption, string Latex);

    /// <param name="claim">The claim.</param>
    /// <param name="relation">Between the sides of an identity: <c>=</c>, or <c>\overset{?}{=}</c> for a claim in question.</param>
    public static Typeset Of(Claim claim, string relation = "=") => claim switch
    {
        ClaimFamily family => new(
            $"the first of its {family.Instances.Count} instances ({Indices(family.Instances[0])})",
            Identity(family.Instances[0].Claim, relation)),
        IdentityClaim identity => new(null, Identity(identity, relation)),
        _ => new(null, LatexPrinter.Print(claim)),
    };

    private static string Identity(IdentityClaim identity, string relation) =>
        $"{LatexPrinter.Print(identity.Left)} {relation} {LatexPrinter.Print(identity.Right)}";

    /// <summary><c>i = 0, j = 1</c>.</summary>
    public static string Indices(ClaimInstance instance) =>
        string.Join(", ", instance.Indices.Select(static index => $"{index.Key} = {index.Value}"));

    /// <summary>Number of identities the claim stands for: 1, or the instances of a family.</summary>
    public static int InstanceCount(Claim claim) => claim is ClaimFamily family ? family.Instances.Count : 1;
}
