using System.Diagnostics;
using System.Globalization;
using Verification.Symbolic.Claims;
using Verification.Symbolic.Decision;
using Verification.Symbolic.EveryN;
using Verification.Symbolic.Parsing;
using Verification.Symbolic.Scaling;

// Prints the scaling tables of the symbolic engine, each claim parsed from text and decided exactly:
// first the softmax identity set stated for every n (one decision each), then time per claim family
// per concrete n. Usage: dotnet run -c Release --project tests/Verification.Symbolic.Scaling [-- n1 n2 ...]
var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [2, 4, 8, 16, 32, 64];
var failures = 0;

// Start-up (JIT of the parser, the engine and the printers) is paid once before the timed runs.
_ = GeneralDecider.Decide((GeneralClaim)ClaimParser.Parse(GeneralIdentitySet.All[0].Text).GetValueOrThrow());
Console.WriteLine("| for every n | verdict | cases | time |");
Console.WriteLine("|---|---|---|---:|");
var everyN = Stopwatch.StartNew();
foreach (var spec in GeneralIdentitySet.All)
{
    var watch = Stopwatch.StartNew();
    var decision = GeneralDecider.Decide((GeneralClaim)ClaimParser.Parse(spec.Text).GetValueOrThrow());
    watch.Stop();
    var expectedType = spec.Expected == Expected.Proved ? typeof(Proved) : typeof(Refuted);
    var verdict = decision.Verdict switch
    {
        Proved => "proved for every n",
        Refuted => $"refuted at n = {decision.Counterexample!.Size}",
        _ => "unknown",
    };
    if (decision.Verdict.GetType() != expectedType)
    {
        failures++;
        Console.Error.WriteLine($"{spec.Name}: not {spec.Expected}: {decision.Verdict}");
        verdict += " ✗";
    }

    var cases = string.Join("; ", decision.Cases.Select(c => c.Case));
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {spec.Name} | {verdict} | {cases} | {watch.Elapsed.TotalMilliseconds:F0} ms |"));
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| **all {GeneralIdentitySet.All.Count}** | | | **{everyN.Elapsed.TotalMilliseconds:F0} ms** |"));
Console.WriteLine();

var families = SoftmaxIdentitySet.For(2).Select(f => f.Name).ToList();
Console.WriteLine("| n | " + string.Join(" | ", families) + " | total | claims |");
Console.WriteLine("|---:|" + string.Concat(Enumerable.Repeat("---:|", families.Count + 2)));
foreach (var n in sizes)
{
    var cells = new List<string>();
    var total = Stopwatch.StartNew();
    var claims = 0;
    foreach (var spec in SoftmaxIdentitySet.For(n))
    {
        var watch = Stopwatch.StartNew();
        var parsed = ClaimParser.Parse(spec.Text);
        if (!parsed.IsSuccess)
        {
            Console.Error.WriteLine($"n = {n}, {spec.Name}: parse error {parsed.Error}\n  {spec.Text}");
            failures++;
            cells.Add("parse error");
            continue;
        }

        var verdicts = parsed.Value switch
        {
            ClaimFamily family => IdentityDecider.DecideAll(family),
            IdentityClaim claim => [IdentityDecider.Decide(claim)],
            _ => throw new InvalidOperationException("unexpected claim kind"),
        };
        watch.Stop();
        claims += verdicts.Length;
        var expectedType = spec.Expected == Expected.Proved ? typeof(Proved) : typeof(Refuted);
        var wrong = verdicts.Count(v => v.GetType() != expectedType);
        if (wrong > 0)
        {
            failures++;
            Console.Error.WriteLine($"n = {n}, {spec.Name}: {wrong} of {verdicts.Length} not {spec.Expected}: {verdicts.First(v => v.GetType() != expectedType)}");
        }

        cells.Add(string.Create(CultureInfo.InvariantCulture, $"{watch.Elapsed.TotalMilliseconds:F0} ms") + (wrong > 0 ? " ✗" : ""));
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {n} | {string.Join(" | ", cells)} | {total.Elapsed.TotalSeconds:F2} s | {claims} |"));
}

return failures == 0 ? 0 : 1;
