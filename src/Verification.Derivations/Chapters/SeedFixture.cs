using System.Text.RegularExpressions;
using Verification.Symbolic.Parsing;

namespace Verification.Derivations.Chapters;

/// <summary>
/// Reads a seed claims file: each claim follows a comment "# NNN_hash.txt: quote…" (which may run
/// over several comment lines); claims that follow one another share the comment above them.
/// </summary>
internal static partial class SeedFixture
{
    /// <summary>A claim of the fixture with its source file, quote and 1-based line.</summary>
    public sealed record SeedClaim(string SourceFile, string Quote, string ClaimText, int Line);

    /// <summary>The embedded copy of the fixture.</summary>
    public static string Text { get; } = ReadResource("seed-claims.txt");

    /// <summary>The seed claims read for every n, in the same format (the catalog's own file, not a copy).</summary>
    public static string EveryNText { get; } = ReadResource("seed-claims-every-n.txt");

    /// <summary>The claims of <paramref name="text"/> in file order.</summary>
    public static ImmutableArray<SeedClaim> Read(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        var claims = ImmutableArray.CreateBuilder<SeedClaim>();
        foreach (var parsed in ClaimParser.ParseFile(text))
        {
            var (source, quote) = CommentAbove(lines, parsed.Line - 1);
            claims.Add(new SeedClaim(source, quote, parsed.Text.Trim(), parsed.Line));
        }

        return claims.ToImmutable();
    }

    // Walk up from the claim to the nearest comment line naming a source file, skipping claim lines
    // (claims written one after another share their comment) and collecting the comment lines.
    private static (string Source, string Quote) CommentAbove(string[] lines, int claimIndex)
    {
        var index = claimIndex - 1;
        while (index >= 0 && !lines[index].StartsWith('#'))
        {
            index--;
        }

        var block = new List<string>();
        for (; index >= 0 && lines[index].StartsWith('#'); index--)
        {
            block.Insert(0, lines[index].TrimStart('#').Trim());
            if (SourceLine().Match(lines[index]) is { Success: true } match)
            {
                block[0] = match.Groups["quote"].Value.Trim();
                return (match.Groups["file"].Value, string.Join(" ", block));
            }
        }

        throw new FormatException($"the seed claim on line {claimIndex + 1} has no source comment above it");
    }

    private static string ReadResource(string name)
    {
        using var stream = typeof(SeedFixture).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"resource {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    [GeneratedRegex(@"^#\s*(?<file>\d{3}_[0-9a-f]+\.txt):\s*(?<quote>.*)$")]
    private static partial Regex SourceLine();
}
