using Verification.Derivations.Chapters;

namespace Verification.Derivations.Tests.Chapters.Seeds;

/// <summary>The catalog's embedded seed claims are the Symbolic tests' fixture, unchanged.</summary>
public class SeedFixtureCopyTests
{
    [Fact]
    public void EmbeddedCopyEqualsTheFixture()
    {
        var fixture = File.ReadAllText(RepositoryFiles.Path("tests/Verification.Symbolic.Tests/Fixtures/seed-claims.txt"));
        Assert.Equal(fixture.ReplaceLineEndings("\n"), SeedFixture.Text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void EveryClaimHasItsSourceAndQuote()
    {
        var claims = SeedFixture.Read(SeedFixture.Text);
        Assert.Equal(20, claims.Length);
        Assert.All(claims, claim =>
        {
            Assert.Matches(@"^\d{3}_[0-9a-f]{16}\.txt$", claim.SourceFile);
            Assert.True(File.Exists(System.IO.Path.Combine("/work/shared/seeds", claim.SourceFile)) || !Directory.Exists("/work/shared/seeds"), claim.SourceFile);
            Assert.StartsWith("\"", claim.Quote, StringComparison.Ordinal);
        });

        // Claims written one after another share the comment above them.
        Assert.Equal(claims[15].Quote, claims[16].Quote);
        Assert.Equal(claims[18].Quote, claims[19].Quote);
        Assert.Contains("with Softmax(z)_i = exp(w_i z_i + b_i)", claims[0].Quote, StringComparison.Ordinal);
    }
}
