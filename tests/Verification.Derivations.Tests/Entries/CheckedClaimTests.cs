using Verification.Derivations.Entries;
using Verification.Symbolic.Claims;

namespace Verification.Derivations.Tests.Entries;

/// <summary>A <see cref="CheckedClaim"/> always holds the parse of its current text.</summary>
public class CheckedClaimTests
{
    [Fact]
    public void ChangingTheTextWithWithParsesItAgain()
    {
        var original = new CheckedClaim("sigmoid(x) == 1 - sigmoid(-x)", "symmetry");
        var changed = original with { Text = "solve a: sigmoid(x + a) == sigmoid(x)" };
        Assert.IsType<IdentityClaim>(original.Claim);
        Assert.IsType<SolveClaim>(changed.Claim);
    }

    [Fact]
    public void TextThatIsNotAClaimIsAnAuthoringError() =>
        Assert.Throws<InvalidOperationException>(() => new CheckedClaim("sigmoid(x) = 1", "a single = is not a claim"));
}
