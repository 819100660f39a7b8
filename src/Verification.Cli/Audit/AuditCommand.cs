using System.CommandLine;
using Verification.Laws;
using Verification.Laws.Kernels;

namespace Verification.Cli.Audit;

/// <summary>
/// <c>verification audit [--impl ours|tensorprimitives|naive|all]</c> and
/// <c>verification audit --assembly PATH --type NAME</c>: every law against the implementations.
/// </summary>
internal static class AuditCommand
{
    /// <summary>Modest on purpose: the whole catalog against three implementations runs in seconds, and the laws' generators aim at the hard inputs first.</summary>
    private const int DefaultCases = 200;

    public static Command Create(Terminal terminal)
    {
        var impl = new Option<BuiltInImplementation>("--impl")
        {
            Description = "Which built-in implementation to audit (default ours, or none when --assembly is given).",
            HelpName = "ours|tensorprimitives|naive|all",
            DefaultValueFactory = static _ => BuiltInImplementation.Ours,
        };
        var assembly = new Option<FileInfo>("--assembly")
        {
            Description = "A .NET assembly with kernels in the TensorPrimitives span convention (Softmax, Sigmoid, SoftmaxJacobian, …).",
        }.AcceptExistingOnly();
        var type = new Option<string?>("--type")
        {
            Description = "The static class in --assembly that holds the kernels (full or simple name).",
        };
        var cases = new Option<int>("--cases")
        {
            Description = "Inputs drawn per law.",
            DefaultValueFactory = static _ => DefaultCases,
        };
        var seed = new Option<ulong>("--seed")
        {
            Description = "Seed of the input generator: the same seed gives the same table.",
            DefaultValueFactory = static _ => 1UL,
        };

        cases.Validators.Add(static result =>
        {
            if (result.Tokens.Count > 0 && int.TryParse(result.Tokens[^1].Value, out var count) && count < 1)
            {
                result.AddError("--cases must be at least 1.");
            }
        });

        var command = new Command("audit", "Check every law (sum to one, shift invariance, Jacobian = diag(s) − ssᵀ, …) against kernels; print the conformance table and the worst counterexamples.")
        {
            impl,
            assembly,
            type,
            cases,
            seed,
        };
        command.Validators.Add(result =>
        {
            if ((result.GetValue(assembly) is null) != (result.GetValue(type) is null))
            {
                result.AddError("--assembly and --type go together.");
            }
        });
        command.SetAction(parsed =>
        {
            var builtIn = parsed.GetValue(assembly) is null || parsed.GetResult(impl) is { Implicit: false }
                ? parsed.GetValue(impl)
                : (BuiltInImplementation?)null;
            return (int)Run(terminal, builtIn, parsed.GetValue(assembly), parsed.GetValue(type), new LawSampling(parsed.GetValue(cases), parsed.GetValue(seed)));
        });
        return command;
    }

    private static ExitCode Run(Terminal terminal, BuiltInImplementation? builtIn, FileInfo? assembly, string? type, LawSampling sampling)
    {
        var implementations = new List<Implementation>(builtIn is { } choice ? AuditTargets.For(choice) : []);
        if (assembly is not null)
        {
            try
            {
                implementations.Add(Implementation.FromAssembly(assembly.FullName, type!));
            }
            catch (KernelBindingException failure)
            {
                terminal.Error.WriteLine($"error: {failure.Message}");
                return ExitCode.Inconclusive;
            }
        }

        foreach (var implementation in implementations)
        {
            foreach (var note in implementation.BindingNotes)
            {
                terminal.Error.WriteLine($"note: {implementation.Name}: {note}");
            }
        }

        var report = ProgressReporter.Run(
            terminal,
            "audit",
            LawCatalog.All.Count,
            progress => AuditRunner.Run(implementations, sampling, progress));
        ConformanceTableWriter.Write(terminal, report);
        return report.ExitCode;
    }
}
