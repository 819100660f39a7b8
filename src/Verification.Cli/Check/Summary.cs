using Verification.Symbolic;
namespace Verification.Cli.Check;

/// <summary>The closing count line: <c>3 claims: 2 proved, 1 refuted, 0 unknown, 0 errors</c>.</summary>
internal static class Summary
{
    public static string Of(IReadOnlyList<ClaimReport> reports)
    {
        int Count(Outcome verdict) => reports.Count(report => report.Verdict == verdict);
        var claims = reports.Count == 1 ? "1 claim" : $"{reports.Count} claims";
        var errors = Count(Outcome.Error) == 1 ? "1 error" : $"{Count(Outcome.Error)} errors";
        return $"{claims}: {Count(Outcome.Proved)} proved, {Count(Outcome.Refuted)} refuted, {Count(Outcome.Unknown)} unknown, {errors}";
    }
}
