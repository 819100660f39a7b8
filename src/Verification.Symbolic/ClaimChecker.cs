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
        return parsed.IsSuccess ? Check(parsed.Value, limits) : new ParseFailed(parsed.Error);
    }

    public static CheckResult Check(Claim claim, EngineLimits? limits = null) => claim switch
    {
        IdentityClaim identity => new IdentityChecked(identity, IdentityDecider.Decide(identity, limits)),
        ClaimFamily family => new FamilyChecked(family, IdentityDecider.DecideAll(family, limits)),
        SolveClaim solve => new EquivalenceChecked(solve, EquivalenceSolver.Solve(solve, limits)),
        GeneralClaim general => new GeneralChecked(general, GeneralDecider.Decide(general, limits)),
        _ => throw new ArgumentException($"unsupported claim kind {claim?.GetType().Name}", nameof(claim)),
    };
}
