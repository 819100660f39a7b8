using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Verification.Symbolic.Claims;

namespace Verification.Symbolic.Tests.FrontDoor;

/// <summary>
/// The front door never crashes: every input (<see cref="FrontDoorInputs"/>) gets a verdict or a
/// parse error from <see cref="ClaimChecker.Check(string, EngineLimits?)"/>, never an exception and
/// never <see cref="CheckFailed"/> (the engine's own failure). The work per input is bounded by
/// <see cref="Limits"/>, not by a clock.
/// </summary>
/// <remarks>
/// CI runs <see cref="CaseCount"/> inputs from a fixed seed. The longer sweep runs the same test with
/// <c>VERIFICATION_FUZZ_CASES</c> (and <c>VERIFICATION_FUZZ_SEED</c> to start elsewhere): see
/// <c>tools/fuzz/run</c>. A failure prints the input and the seed to replay it.
/// </remarks>
public class FrontDoorFuzzTests(ITestOutputHelper output)
{
    private const int CaseCount = 300;
    private const ulong DefaultSeed = 20261206;

    /// <summary>Smaller than the defaults, so that a case stays cheap; still large enough for every valid claim of the inputs.</summary>
    private static readonly EngineLimits Limits = new(MaxWork: 5_000_000, MaxTerms: 200_000, MaxNodes: 100_000, MaxFamilyNodes: 400_000, MaxInstances: 500, WitnessAttempts: 12);

    [Fact]
    public void EveryInputGetsAVerdictOrAParseError()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable("VERIFICATION_FUZZ_CASES"), CultureInfo.InvariantCulture, out var n) ? n : CaseCount;
        var seed = ulong.TryParse(Environment.GetEnvironmentVariable("VERIFICATION_FUZZ_SEED"), CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed;
        output.WriteLine($"front-door fuzz: {cases} inputs from seed {seed} (replay: VERIFICATION_FUZZ_SEED={seed} VERIFICATION_FUZZ_CASES={cases})");

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var property = Prop.ForAll(FrontDoorInputs.Any().ToArbitrary(), text =>
        {
            var kind = Outcome(text);
            counts[kind] = counts.GetValueOrDefault(kind) + 1;
            return (!kind.StartsWith("failed", StringComparison.Ordinal)).Label($"{kind}\ninput: {Printable(text)}");
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(cases).WithReplay(seed, 4_294_967_311UL), property);

        output.WriteLine(string.Join(", ", counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}: {c.Value}")));
        Assert.True(counts.GetValueOrDefault("parse error") > 0 && counts.Keys.Any(k => k != "parse error"), "the inputs reach both the parser's errors and the decision");
    }

    /// <summary>What the front door said, in one word; an escaping exception becomes "failed: …" too.</summary>
    internal static string Outcome(string text)
    {
        try
        {
            return ClaimChecker.Check(text, Limits) switch
            {
                ParseFailed => "parse error",
                CheckFailed failed => $"failed: {failed.Message}",
                IdentityChecked identity => identity.Verdict.GetType().Name.ToLowerInvariant(),
                FamilyChecked family => family.Summary.GetType().Name.ToLowerInvariant(),
                GeneralChecked general => general.Decision.Verdict.GetType().Name.ToLowerInvariant(),
                EquivalenceChecked => "solve",
                var other => $"failed: unexpected result {other.GetType().Name}",
            };
        }
        catch (Exception e)
        {
            return $"failed: escaped {e.GetType().Name}: {e.Message}";
        }
    }

    private static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) && c != '\n' ? $"\\u{(int)c:x4}" : c.ToString()));
}
