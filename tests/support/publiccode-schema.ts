/**
 * JSON Schema (draft-07) of `publiccode.yml`, standard 0.4
 * (https://yml.publiccode.tools/schema.core.html), for tests/unit/publiccode.test.ts.
 *
 * Written here from the standard's text because neither the standard's
 * validator (publiccode-parser, Go) nor a schema package is published on the
 * npm registry. It encodes what the standard marks as mandatory, the types,
 * the enumerations (development status, software type, maintenance type,
 * categories and scopes), the 150-character short description and the
 * 150–10,000-character long description, and the rule that `maintenance.type`
 * `internal` or `community` needs contacts and `contract` needs contractors.
 * Country sections (`it:`, …) are allowed at the top level.
 */
import type { JSONSchemaType } from 'ajv';

type Loose = Record<string, unknown>;

const CATEGORIES = [
  'accounting',
  'agile-project-management',
  'applicant-tracking',
  'application-development',
  'appointment-scheduling',
  'backup',
  'billing-and-invoicing',
  'blog',
  'budgeting',
  'business-intelligence',
  'business-process-management',
  'cad',
  'call-center-management',
  'cloud-management',
  'collaboration',
  'communications',
  'compliance-management',
  'contact-management',
  'content-management',
  'crm',
  'customer-service-and-support',
  'data-analytics',
  'data-collection',
  'data-visualization',
  'design',
  'design-system',
  'digital-asset-management',
  'digital-citizenship',
  'document-management',
  'donor-management',
  'e-commerce',
  'e-signature',
  'educational-content',
  'email-management',
  'email-marketing',
  'employee-management',
  'enterprise-project-management',
  'enterprise-social-networking',
  'erp',
  'event-management',
  'facility-management',
  'feedback-and-reviews-management',
  'financial-reporting',
  'fleet-management',
  'fundraising',
  'gamification',
  'geographic-information-systems',
  'grant-management',
  'graphic-design',
  'help-desk',
  'hr',
  'ide',
  'identity-management',
  'instant-messaging',
  'integrated-library-system',
  'inventory-management',
  'it-asset-management',
  'it-development',
  'it-management',
  'it-security',
  'it-service-management',
  'knowledge-management',
  'learning-management-system',
  'marketing',
  'mind-mapping',
  'mobile-marketing',
  'mobile-payment',
  'network-management',
  'office',
  'online-booking',
  'online-community',
  'payment-gateway',
  'payroll',
  'predictive-analysis',
  'procurement',
  'productivity-suite',
  'project-collaboration',
  'project-management',
  'property-management',
  'real-estate-management',
  'regulations-and-directives',
  'remote-support',
  'resource-management',
  'sales-management',
  'seo',
  'service-desk',
  'social-media-management',
  'survey',
  'talent-management',
  'task-management',
  'taxes-management',
  'test-management',
  'time-management',
  'time-tracking',
  'translation',
  'video-conferencing',
  'video-editing',
  'visitor-management',
  'voip',
  'warehouse-management',
  'web-collaboration',
  'web-conferencing',
  'website-builder',
  'whistleblowing',
  'workflow-management',
  'other',
];

const SCOPES = [
  'agriculture',
  'culture',
  'defence',
  'education',
  'emergency-services',
  'employment',
  'energy',
  'environment',
  'finance-and-economic-development',
  'foreign-affairs',
  'government',
  'healthcare',
  'infrastructures',
  'justice',
  'local-authorities',
  'manufacturing',
  'research',
  'science-and-technology',
  'security',
  'society',
  'sport',
  'tourism',
  'transportation',
  'welfare',
];

const url = { type: 'string', format: 'uri', pattern: '^https?://' };
const date = { type: 'string', format: 'date' };
const strings = { type: 'array', items: { type: 'string', minLength: 1 } };
const countries = { type: 'array', items: { type: 'string', pattern: '^[A-Za-z]{2}$' } };
/** BCP 47 language tag with its primary language subtag. */
const language = { type: 'string', pattern: '^[a-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$' };
const version = { type: ['string', 'number'] };

const dependency = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1 },
    source: { type: 'string' },
    license: { type: 'string' },
    versionMin: version,
    versionMax: version,
    version,
    optional: { type: 'boolean' },
    specifications: { type: 'string' },
  },
};

const contact = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1 },
    email: { type: 'string', format: 'email' },
    phone: { type: 'string' },
    affiliation: { type: 'string' },
  },
};

const contractor = {
  type: 'object',
  required: ['name', 'until'],
  additionalProperties: false,
  properties: {
    name: { type: 'string', minLength: 1 },
    until: date,
    email: { type: 'string', format: 'email' },
    website: url,
  },
};

const organisation = {
  type: 'object',
  required: ['name'],
  additionalProperties: false,
  properties: { name: { type: 'string', minLength: 1 }, uri: { type: 'string' } },
};

const description = {
  type: 'object',
  required: ['shortDescription', 'longDescription', 'features'],
  additionalProperties: false,
  properties: {
    localisedName: { type: 'string' },
    genericName: { type: 'string', maxLength: 35 },
    shortDescription: { type: 'string', minLength: 1, maxLength: 150 },
    longDescription: { type: 'string', minLength: 150, maxLength: 10000 },
    documentation: url,
    apiDocumentation: url,
    features: { ...strings, minItems: 1 },
    screenshots: strings,
    videos: { type: 'array', items: url },
    awards: strings,
  },
};

export const PUBLICCODE_SCHEMA = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: [
    'publiccodeYmlVersion',
    'name',
    'url',
    'platforms',
    'developmentStatus',
    'softwareType',
    'description',
    'legal',
    'maintenance',
    'localisation',
  ],
  // Country-specific sections: a two-letter country code holding an object.
  propertyNames: {
    anyOf: [
      { pattern: '^[a-z]{2}$' },
      {
        enum: [
          'publiccodeYmlVersion',
          'name',
          'applicationSuite',
          'url',
          'landingURL',
          'isBasedOn',
          'softwareVersion',
          'releaseDate',
          'logo',
          'monochromeLogo',
          'inputTypes',
          'outputTypes',
          'platforms',
          'categories',
          'usedBy',
          'fundedBy',
          'roadmap',
          'developmentStatus',
          'softwareType',
          'organisation',
          'intendedAudience',
          'description',
          'legal',
          'maintenance',
          'localisation',
          'dependsOn',
        ],
      },
    ],
  },
  properties: {
    publiccodeYmlVersion: { type: 'string', pattern: '^0\\.[2-9](?:\\.\\d+)?$' },
    name: { type: 'string', minLength: 1 },
    applicationSuite: { type: 'string' },
    url,
    landingURL: url,
    isBasedOn: { anyOf: [{ type: 'string' }, strings] },
    softwareVersion: { type: 'string' },
    releaseDate: date,
    logo: { type: 'string' },
    monochromeLogo: { type: 'string' },
    inputTypes: strings,
    outputTypes: strings,
    platforms: {
      anyOf: [
        { type: 'string', minLength: 1 },
        { ...strings, minItems: 1 },
      ],
    },
    categories: { type: 'array', items: { enum: CATEGORIES } },
    usedBy: strings,
    fundedBy: { type: 'array', items: organisation },
    roadmap: url,
    developmentStatus: { enum: ['concept', 'development', 'beta', 'stable', 'obsolete'] },
    softwareType: {
      enum: [
        'standalone/mobile',
        'standalone/iot',
        'standalone/desktop',
        'standalone/web',
        'standalone/backend',
        'standalone/other',
        'addon',
        'library',
        'configurationFiles',
      ],
    },
    organisation: {
      type: 'object',
      required: ['uri'],
      additionalProperties: false,
      properties: { uri: { type: 'string', minLength: 1 }, name: { type: 'string' } },
    },
    intendedAudience: {
      type: 'object',
      additionalProperties: false,
      properties: {
        countries,
        unsupportedCountries: countries,
        scope: { type: 'array', items: { enum: SCOPES } },
      },
    },
    description: {
      type: 'object',
      minProperties: 1,
      propertyNames: language,
      additionalProperties: description,
    },
    legal: {
      type: 'object',
      required: ['license'],
      additionalProperties: false,
      properties: {
        license: { type: 'string', minLength: 1 },
        mainCopyrightOwner: { type: 'string' },
        repoOwner: { type: 'string' },
        authorsFile: { type: 'string' },
      },
    },
    maintenance: {
      type: 'object',
      required: ['type'],
      additionalProperties: false,
      properties: {
        type: { enum: ['internal', 'contract', 'community', 'none'] },
        contractors: { type: 'array', minItems: 1, items: contractor },
        contacts: { type: 'array', minItems: 1, items: contact },
      },
      allOf: [
        {
          if: { properties: { type: { enum: ['internal', 'community'] } } },
          then: { required: ['contacts'] },
        },
        {
          if: { properties: { type: { const: 'contract' } } },
          then: { required: ['contractors'] },
          else: { not: { required: ['contractors'] } },
        },
      ],
    },
    localisation: {
      type: 'object',
      required: ['localisationReady', 'availableLanguages'],
      additionalProperties: false,
      properties: {
        localisationReady: { type: 'boolean' },
        availableLanguages: { type: 'array', minItems: 1, items: language },
      },
    },
    dependsOn: {
      type: 'object',
      additionalProperties: false,
      properties: {
        open: { type: 'array', items: dependency },
        proprietary: { type: 'array', items: dependency },
        software: { type: 'array', items: dependency },
        hardware: { type: 'array', items: dependency },
      },
    },
  },
  additionalProperties: { type: 'object' },
} as const;

/** The schema as Ajv takes it; the document itself is checked, not typed. */
export const publiccodeSchema = PUBLICCODE_SCHEMA as unknown as JSONSchemaType<Loose>;
