using System.CommandLine;
using System.Globalization;
using Verification.Cli.Audit;
using Verification.Laws;
using Verification.Laws.Protocol;

namespace Verification.Cli.Cases;

/// <summary>
/// <c>verification cases --out cases.json [--cases N] [--seed S] [--laws id,…] [--precision float|double]</c>: writes every input the laws
/// feed each kernel, for a script in any language to run its kernels on; <c>verification audit --results</c>
/// grades the answers with the same laws (docs/audit-protocol.md).
/// </summary>
internal static class CasesCommand
{
    public static Command Create(Terminal terminal)
    {
        var output = new Option<FileInfo>("--out", "-o")
        {
            Description = "Where to write the cases (JSON).",
            Required = true,
        };
        var cases = new Option<int>("--cases")
        {
            Description = "Inputs drawn per law, as in audit.",
            DefaultValueFactory = static _ => AuditCommand.DefaultCases,
        };
        var seed = new Option<ulong>("--seed")
        {
            Description = "Seed of the input generator, as in audit.",
            DefaultValueFactory = static _ => 1UL,
        };
        var laws = new Option<string[]>("--laws")
        {
            Description = "Only these laws, comma-separated: an id (softmax-shift-invariance) selects both precisions, a full name ('softmax-shift-invariance (float)') one.",
            HelpName = "id,...",
        };
        var precision = new Option<CasePrecision>("--precision")
        {
            Description = "Only the laws of one precision (float for a float32-only kernel); both by default, with the float-vs-double law.",
            HelpName = "both|float|double",
            DefaultValueFactory = static _ => CasePrecision.Both,
        };
        cases.Validators.Add(static result =>
        {
            if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[^1].Value, out var count) && count < 1)
            {
                result.AddError("--cases must be at least 1.");
            }
        });
        laws.Validators.Add(static result =>
        {
            var (_, unknown) = LawSelection.Of(Names(result.Tokens.Select(static token => token.Value)));
            foreach (var name in unknown)
            {
                result.AddError($"--laws: no law is named '{name}'; the ids are {string.Join(", ", LawCatalog.All.Select(static law => law.Id).Distinct())}.");
            }
        });

        var command = new Command("cases", "Write the inputs every law feeds each kernel (cases.json) for kernels in any language; grade the answers with 'audit --results'.")
        {
            output,
            cases,
            seed,
            laws,
            precision,
        };
        command.SetAction(parsed => (int)Run(
            terminal,
            parsed.GetValue(output)!,
            LawSelection.Of(Names(parsed.GetValue(laws) ?? []), parsed.GetValue(precision)).Laws,
            new LawSampling(parsed.GetValue(cases), parsed.GetValue(seed))));
        return command;
    }

    private static List<string> Names(IEnumerable<string> tokens) =>
        [.. tokens.SelectMany(static token => token.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))];

    private static ExitCode Run(Terminal terminal, FileInfo output, IReadOnlyList<ILaw> laws, LawSampling sampling)
    {
        if (laws.Count == 0)
        {
            terminal.Error.WriteLine("error: --laws and --precision together select no law.");
            return ExitCode.Inconclusive;
        }

        var cases = CaseSet.Generate(laws, sampling);
        try
        {
            using var stream = File.Create(output.FullName);
            CaseFile.Write(stream, cases);
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            terminal.Error.WriteLine($"error: cannot write {output}: {failure.Message}");
            return ExitCode.Inconclusive;
        }

        var size = new FileInfo(output.FullName).Length;
        terminal.Out.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"wrote {cases.Cases.Count} cases of {laws.Count} laws ({size / 1e6:0.0} MB) to {output}"));
        terminal.Out.WriteLine("Run your kernels on them, write the results file, then: verification audit --results results.json");
        return ExitCode.Success;
    }
}
