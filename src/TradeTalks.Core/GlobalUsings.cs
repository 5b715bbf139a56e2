// The namespaces of the kinds of record, which the store, the data set and the registry of kinds (DataSets/Kinds) all
// name: one list here rather than the same dozen lines atop each of those files.
global using TradeTalks.Claims;
global using TradeTalks.Commitments;
global using TradeTalks.Developments;
global using TradeTalks.Indicators;
global using TradeTalks.Measures;
global using TradeTalks.People;
global using TradeTalks.Products;
global using TradeTalks.Sources;
global using TradeTalks.Statements;
global using TradeTalks.Talks;
global using TradeTalks.Tariffs;
global using TradeTalks.Truces;
