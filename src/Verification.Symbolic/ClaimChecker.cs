using Verification.Symbolic.Canonical;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.Equivalence;
using Verification.Symbolic.EveryN;
using Verification.Symbolic.Parsing;

namespace Verification.Symbolic;

/// <summary>
/// The engine's front door: claim text in, verdict out. Identities go to
/// <see cref="IdentityDecider"/>, families are decided instance by instance with one shared context,
/// and <c>solve</c> questions go to <see cref="EquivalenceSolver"/>.
/// </summary>
public static class ClaimChecker
{
    public static CheckResult Check(string text, EngineLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parsed = ClaimParser.Parse(text, limits);
        return parsed.IsSuccess ? Check(parsed.Value, limits) : Failed(parsed.Error);
    }

    /// <summary>A malformed claim, or, when the parser itself failed, the engine's failure.</summary>
    private static CheckResult Failed(ParseError error) =>
        error.Failure is { } failure ? new CheckFailed(error.Message, failure) : new ParseFailed(error);

    /// <summary>
    /// The verdict on a parsed claim. The engine bounds its work and answers "too large" rather than
    /// fail; should it throw all the same (a bug), the answer is <see cref="CheckFailed"/>, never an
    /// exception that would take down a caller checking many claims.
    /// </summary>
    public static CheckResult Check(Claim claim, EngineLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        try
        {
            return claim switch
            {
                IdentityClaim identity => new IdentityChecked(identity, IdentityDecider.Decide(identity, limits)),
                ClaimFamily family => new FamilyChecked(family, IdentityDecider.DecideAll(family, limits)),
                SolveClaim solve => new EquivalenceChecked(solve, EquivalenceSolver.Solve(solve, limits)),
                GeneralClaim general => new GeneralChecked(general, GeneralDecider.Decide(general, limits)),
                _ => throw new ArgumentException($"unsupported claim kind {claim.GetType().Name}", nameof(claim)),
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return new CheckFailed($"the engine failed on this claim ({e.GetType().Name}: {e.Message})", e);
        }
    }

    /// <summary>
    /// A claims file (<see cref="ClaimParser.ParseFile"/>: one claim per line, blank and <c>#</c>
    /// lines skipped, <c>\</c> continues), each claim decided on its own: a malformed or failing claim
    /// does not stop the others. <paramref name="progress"/> hears of each claim (1-based position,
    /// count, line) before it is decided.
    /// </summary>
    public static IReadOnlyList<CheckedLine> CheckFile(string text, Action<int, int, ParsedLine>? progress = null, EngineLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = ClaimParser.ParseFile(text, limits);
        var results = new List<CheckedLine>(lines.Count);
        for (var k = 0; k < lines.Count; k++)
        {
            var line = lines[k];
            progress?.Invoke(k + 1, lines.Count, line);
            results.Add(new CheckedLine(line, line.Result.IsSuccess ? Check(line.Result.Value, limits) : Failed(line.Result.Error)));
        }

        return results;
    }
}

/// <summary>One claim of a file and what the engine found.</summary>
/// <param name="Line">The claim as parsed, with its 1-based line and text.</param>
/// <param name="Result">The verdict, or why there is none.</param>
public sealed record CheckedLine(ParsedLine Line, CheckResult Result);
