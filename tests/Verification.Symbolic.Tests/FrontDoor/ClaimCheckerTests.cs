using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Tests.FrontDoor;

/// <summary>The front door: files go through it claim by claim, and an engine failure is one claim's error, not an exception.</summary>
public class ClaimCheckerTests
{
    /// <summary>A node no operation of the engine knows: every traversal throws on it, as on a node someone forgot to wire in.</summary>
    private sealed record UnwiredNode : Expr;

    [Fact]
    public void AnEngineFailureIsTheClaimsResultNotAnException()
    {
        var result = ClaimChecker.Check(new IdentityClaim(new UnwiredNode(), Constant.One));

        var failed = Assert.IsType<CheckFailed>(result);
        Assert.StartsWith("the engine failed on this claim (", failed.Message, StringComparison.Ordinal);
        Assert.NotNull(failed.Exception.StackTrace);
    }

    [Fact]
    public void AFileIsCheckedClaimByClaimWithProgress()
    {
        const string file = """
            # two claims and a malformed one
            sigmoid(-x) == 1 - sigmoid(x)
            sigmoid(x ==
            softmax([a, b], 0) == sigmoid(a)
            """;
        var heard = new List<(int Position, int Count, int Line)>();

        var results = ClaimChecker.CheckFile(file, (position, count, line) => heard.Add((position, count, line.Line)));

        Assert.Equal([(1, 3, 2), (2, 3, 3), (3, 3, 4)], heard);
        Assert.IsType<Proved>(Assert.IsType<IdentityChecked>(results[0].Result).Verdict);
        Assert.IsType<ParseFailed>(results[1].Result);
        Assert.IsType<Refuted>(Assert.IsType<IdentityChecked>(results[2].Result).Verdict);
        Assert.Equal(4, results[2].Line.Line);
    }
}
