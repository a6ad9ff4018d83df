global using Bce.Runtime.Tests.TestSupport;
