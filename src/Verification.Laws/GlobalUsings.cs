// The namespaces nearly every law, control and reference formula uses: generic math over float and double,
// FsCheck's generators, and the library's own arithmetic, kernels and results.
global using System.Globalization;
global using System.Numerics;
global using FsCheck;
global using Verification.Laws.Arithmetic;
global using Verification.Laws.Generators;
global using Verification.Laws.Kernels;
global using Verification.Laws.Results;
