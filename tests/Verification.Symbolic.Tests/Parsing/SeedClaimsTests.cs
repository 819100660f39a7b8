using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Parsing;
using Verification.Symbolic.Printing;

namespace Verification.Symbolic.Tests.Parsing;

/// <summary>The claims of the Q&amp;A seeds, written in the claim language, all parse.</summary>
public partial class SeedClaimsTests
{
    private static readonly Lazy<string> Text = new(() => File.ReadAllText(FixturePath()));

    [Fact]
    public void EverySeedClaimParses()
    {
        var lines = ClaimParser.ParseFile(Text.Value);

        Assert.InRange(lines.Count, 10, 20);
        Assert.All(lines, line => Assert.True(line.Result.IsSuccess, $"line {line.Line}: {line.Result.Error}"));
    }

    [Fact]
    public void EverySeedClaimIsBelowACommentNamingItsSeedFile()
    {
        var physical = Text.Value.Split('\n');
        foreach (var line in ClaimParser.ParseFile(Text.Value))
        {
            // Up from the claim, through its block (comment lines and sibling claims), to a blank line.
            var block = physical.Take(line.Line - 1).Reverse().TakeWhile(l => !string.IsNullOrWhiteSpace(l));
            var comment = block.FirstOrDefault(l => SeedFile().IsMatch(l));
            Assert.True(comment is not null, $"line {line.Line} has no comment naming its seed file above it");
            Assert.Contains("\"", comment, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SeedClaimsPrintAndParseBack()
    {
        foreach (var line in ClaimParser.ParseFile(Text.Value))
        {
            var claim = line.Result.GetValueOrThrow();
            var identities = claim switch
            {
                ClaimFamily family => family.Instances.Select(i => i.Claim),
                IdentityClaim identity => [identity],
                _ => [],
            };
            foreach (var identity in identities)
            {
                Assert.Equal(identity, ClaimParser.Parse(PlainTextPrinter.Print(identity)).GetValueOrThrow());
            }
        }
    }

    [GeneratedRegex(@"^\s*# 00[0-4]_[0-9a-f]{16}\.txt: ")]
    private static partial Regex SeedFile();

    /// <summary>The fixture beside this source file, or found walking up from the test binaries.</summary>
    private static string FixturePath([CallerFilePath] string source = "")
    {
        const string relative = "Fixtures/seed-claims.txt";
        var besideSource = Path.Combine(Path.GetDirectoryName(source) ?? ".", "..", relative);
        if (File.Exists(besideSource))
        {
            return besideSource;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "Verification.Symbolic.Tests", relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("seed-claims.txt not found", relative);
    }
}
